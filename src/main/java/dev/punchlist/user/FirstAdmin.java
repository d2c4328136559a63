package dev.punchlist.user;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * There is no default password: the first admin comes from {@code PUNCHLIST_ADMIN_PASSWORD} at the first
 * start, or from {@code punchlist user add admin --role admin}. Without either, the server still starts
 * (with no one able to sign in) and says, once, how to create the admin.
 */
public final class FirstAdmin {
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);

    private FirstAdmin() {
    }

    public static void ensure(Users users, String adminPassword) {
        if (!users.none()) {
            return;
        }
        if (adminPassword == null || adminPassword.isBlank()) {
            LOG.warn("No users yet, so nobody can sign in. Create the first admin with: punchlist user add admin --role admin"
                    + " (or start once with PUNCHLIST_ADMIN_PASSWORD set)");
            return;
        }
        users.create("admin", adminPassword, Role.ADMIN, "system");
        LOG.info("Created the first admin account 'admin' from PUNCHLIST_ADMIN_PASSWORD; unset the variable now");
    }
}
