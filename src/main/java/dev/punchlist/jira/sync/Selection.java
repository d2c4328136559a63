package dev.punchlist.jira.sync;

import dev.punchlist.plan.InvalidInputException;

import java.util.List;

/** Which items to push: listed ids, one phase, or every open item. Exactly one must be given. */
public record Selection(List<Long> items, Integer phase, boolean all) {
    public Selection {
        int given = (items != null ? 1 : 0) + (phase != null ? 1 : 0) + (all ? 1 : 0);
        if (given != 1) {
            throw new InvalidInputException("items", "give exactly one of items (ids), phase (0-2) or all (true)");
        }
        if (items != null && (items.isEmpty() || items.size() > 1000)) {
            throw new InvalidInputException("items", "must hold 1 to 1000 item ids");
        }
        if (phase != null && (phase < 0 || phase > 2)) {
            throw new InvalidInputException("phase", "must be 0, 1 or 2");
        }
        items = items == null ? null : List.copyOf(items);
    }

    public static Selection ofItems(List<Long> ids) {
        return new Selection(ids, null, false);
    }

    public static Selection ofPhase(int phase) {
        return new Selection(null, phase, false);
    }

    public static Selection allOpen() {
        return new Selection(null, null, true);
    }
}
