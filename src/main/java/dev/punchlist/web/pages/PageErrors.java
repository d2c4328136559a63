package dev.punchlist.web.pages;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.util.Map;

/**
 * Friendly HTML for failed page requests. The API's exception mapping still runs first (it sets the
 * status); these status handlers then replace its problem+json with a page, except under {@code /api}
 * and the health checks, and except when a page handler already rendered its own answer.
 */
final class PageErrors {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PageErrors.class);
    private final Views views;

    PageErrors(Views views) {
        this.views = views;
    }

    void register(RoutesConfig routes) {
        routes.error(404, "*", ctx -> page(ctx, 404, "Page not found",
                "There is nothing at this address. The project or item may have been deleted, or the link is mistyped."));
        routes.error(500, "*", ctx -> page(ctx, 500, "Something went wrong",
                "The server failed to answer this request. The error is logged; try again, and tell whoever runs punchlist if it persists."));
        routes.error(400, "*", ctx -> page(ctx, 400, "That request did not work",
                "Something in it was not acceptable. Go back, check the form, and try again."));
        routes.error(413, "*", ctx -> page(ctx, 413, "Too large",
                "That upload is larger than this server accepts."));
        routes.error(503, "*", ctx -> page(ctx, 503, "Cannot save right now",
                "The server cannot write to its database at the moment (for example, its disk is full); nothing was saved. "
                        + "Try again in a minute."));
    }

    private void page(Context ctx, int status, String title, String message) {
        if (!isPage(ctx) || ctx.attribute(Views.RENDERED) != null) {
            return;
        }
        try {
            views.render(ctx, status, "errors/error", Map.of("status", status, "title", title, "message", message));
        } catch (RuntimeException e) {
            // the error page itself failed: keep the plain answer already set rather than fail twice
            LOG.error("rendering the {} page failed", status, e);
        }
    }

    static boolean isPage(Context ctx) {
        String path = ctx.path();
        return !(path.startsWith("/api") || path.equals("/health") || path.equals("/ready"));
    }
}
