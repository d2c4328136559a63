package dev.punchlist.jira.sync;

import dev.punchlist.plan.NotFoundException;
import org.jooq.DSLContext;

import static dev.punchlist.store.schema.Tables.PROJECT;

final class ProjectIds {
    private ProjectIds() {
    }

    static long of(DSLContext db, String projectKey) {
        Long id = db.select(PROJECT.ID).from(PROJECT).where(PROJECT.KEY.eq(projectKey)).fetchOne(PROJECT.ID);
        if (id == null) {
            throw new NotFoundException("project " + projectKey);
        }
        return id;
    }
}
