package dev.punchlist.web.pages;

import dev.punchlist.plan.Actor;
import dev.punchlist.plan.Item;
import dev.punchlist.plan.Items;
import dev.punchlist.plan.StaleVersionException;

import java.util.Map;
import java.util.Set;

/**
 * Saves what one person changed in a form. When someone saved the item after the form was loaded, the
 * change goes on top of theirs, unless both changed the same field to different values: then nothing
 * is saved and the person decides, seeing both.
 */
final class MergingSave {
    /** Someone saved meanwhile often enough in a row that we stop retrying and show the page again. */
    private static final int TRIES = 3;

    private MergingSave() {
    }

    /**
     * @param theirs      the version this change went on top of, or {@code null} when nobody saved meanwhile
     * @param theirFields the fields they had changed meanwhile
     */
    record Saved(Item item, Item theirs, Set<String> theirFields) {
    }

    /** Both changed the same fields; {@code theirs} is the item as it is now. */
    static final class Conflict extends RuntimeException {
        final transient Item theirs;
        final Set<String> contested;
        final Set<String> theirFields;

        Conflict(Item theirs, Set<String> contested, Set<String> theirFields) {
            super("item " + theirs.id() + " changed meanwhile: " + contested);
            this.theirs = theirs;
            this.contested = contested;
            this.theirFields = theirFields;
        }
    }

    static Saved save(Items items, People people, long id, Integer version, FormEdit edit, Actor actor) {
        Item theirs = null;
        Integer basedOn = version;
        for (int attempt = 1; ; attempt++) {
            try {
                Item saved = items.update(id, basedOn, edit.patch(people::canonical), actor);
                return new Saved(saved, theirs, theirs == null ? Set.of() : edit.changedByThem(ItemPage.formOf(theirs)));
            } catch (StaleVersionException e) {
                Map<String, String> now = ItemPage.formOf(e.current());
                Set<String> contested = edit.contested(now);
                if (!contested.isEmpty() || attempt == TRIES) {
                    throw new Conflict(e.current(), contested, edit.changedByThem(now));
                }
                theirs = e.current();
                basedOn = theirs.version();
            }
        }
    }
}
