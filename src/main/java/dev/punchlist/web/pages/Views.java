package dev.punchlist.web.pages;

import io.javalin.http.Context;
import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.loader.ClasspathLoader;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/** Renders Pebble templates from {@code templates/} with the values every page needs. */
public final class Views {
    /** The htmx WebJar's version; the layout links {@code /webjars/htmx.org/<version>/dist/htmx.min.js}. */
    static final String HTMX_VERSION = "2.0.4";
    /** Set on a context once a page answered, so the 404/500 fallbacks leave it alone. */
    static final String RENDERED = "pages.rendered";

    private final PebbleEngine engine;
    private final Clock clock;

    /** {@code clock} gives the pages' "now", against which times read "2 h ago". */
    public Views(Clock clock) {
        this.clock = clock;
        ClasspathLoader loader = new ClasspathLoader();
        loader.setPrefix("templates");
        loader.setSuffix(".peb");
        this.engine = new PebbleEngine.Builder().loader(loader).extension(new ViewExtension())
                .strictVariables(false).autoEscaping(true).build();
    }

    /** Renders {@code template} into the response with the given status. */
    public void render(Context ctx, int status, String template, Map<String, Object> model) {
        ctx.status(status).contentType("text/html; charset=utf-8").result(renderToBytes(ctx, template, model).inputStream());
        ctx.attribute(RENDERED, Boolean.TRUE);
    }

    public void render(Context ctx, String template, Map<String, Object> model) {
        render(ctx, 200, template, model);
    }

    private PageBytes renderToBytes(Context ctx, String template, Map<String, Object> model) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("csrf", Viewer.csrfToken(ctx));
        all.put("viewer", Viewer.name(ctx));
        all.put("canEdit", Viewer.atLeast(ctx, dev.punchlist.user.Role.MEMBER));
        all.put("isLead", Viewer.atLeast(ctx, dev.punchlist.user.Role.LEAD));
        all.put("isAdmin", Viewer.atLeast(ctx, dev.punchlist.user.Role.ADMIN));
        all.put("htmxVersion", HTMX_VERSION);
        all.put("now", clock.instant());
        all.put("path", ctx.path());
        all.put("nav", section(ctx.path()));
        PageBytes bytes = new PageBytes();
        // encoded while rendering, in 16 KB steps: no page-sized String to copy and encode again afterwards
        try (Writer out = new BufferedWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), 16 * 1024)) {
            engine.getTemplate(template).evaluate(out, all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes;
    }

    /** Which project tab a path belongs to, for {@code aria-current} in the navigation. */
    static String section(String path) {
        String[] parts = path.split("/");
        if (parts.length == 3 && "projects".equals(parts[1])) {
            return "checklist";
        }
        return parts.length >= 4 && "projects".equals(parts[1]) ? parts[3] : "";
    }
}
