package dev.punchlist.plan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Fills an empty database with a demo project so a first start has something to show. */
public final class Demo {
    public static final String KEY = "DEMO";
    static final String TEMPLATE = "/checklists/production-readiness.md";

    private Demo() {
    }

    public static boolean createIfEmpty(Projects projects, Importer importer, Items items) {
        if (!projects.none()) {
            return false;
        }
        projects.create(KEY, "Demo shop", "A sample project started from the baseline production-readiness checklist.");
        ImportResult result = importer.importReport(KEY, template(), new Actor("demo", Actor.SYSTEM));
        showProgress(items, result.created());
        return true;
    }

    private static void showProgress(Items items, List<Item> created) {
        Actor demo = new Actor("demo", Actor.SYSTEM);
        if (created.size() > 2) {
            items.update(created.get(0).id(), null, ItemPatch.status(Status.DONE, "done in the demo"), demo);
            items.update(created.get(1).id(), null, ItemPatch.assignee("alex"), demo);
            items.update(created.get(1).id(), null, ItemPatch.status(Status.IN_PROGRESS, null), demo);
        }
    }

    static byte[] template() {
        try (InputStream in = Demo.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks " + TEMPLATE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
