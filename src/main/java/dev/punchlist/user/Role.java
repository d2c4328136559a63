package dev.punchlist.user;

import dev.punchlist.plan.InvalidInputException;

import java.util.Locale;

/** What an account may do; ordered, so a route that needs a role admits every larger one. */
public enum Role {
    /** reads projects, items, readiness and exports */
    VIEWER,
    /** also updates items and holds the stand-up */
    MEMBER,
    /** also imports reports, assigns, changes project settings, pushes to Jira */
    LEAD,
    /** also manages users and roles and reads the audit log */
    ADMIN;

    public boolean atLeast(Role minimum) {
        return compareTo(minimum) >= 0;
    }

    @com.fasterxml.jackson.annotation.JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role parse(String field, String value) {
        for (Role role : values()) {
            if (role.label().equals(value == null ? null : value.trim().toLowerCase(Locale.ROOT))) {
                return role;
            }
        }
        throw new InvalidInputException(field, "must be one of viewer, member, lead, admin");
    }
}
