package dev.punchlist.web.auth;

import io.javalin.http.Context;

import java.net.URI;
import java.util.Locale;

/** Where a request came from and over what, believing proxy headers only when told to. */
public record ClientInfo(boolean trustProxy, String publicUrl) {
    public String address(Context ctx) {
        if (trustProxy) {
            String forwarded = ctx.header("X-Forwarded-For");
            if (forwarded != null && !forwarded.isBlank()) {
                return forwarded.split(",")[0].trim();
            }
        }
        return ctx.ip();
    }

    public boolean overTls(Context ctx) {
        if (trustProxy && "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"))) {
            return true;
        }
        return "https".equalsIgnoreCase(ctx.scheme());
    }

    /** The origins a same-site form may come from: the configured public URL and the Host the request names. */
    public boolean sameOrigin(Context ctx, String origin) {
        if (origin == null) {
            return false;
        }
        String normalized = origin(origin);
        if (normalized == null) {
            return false;
        }
        String own = (overTls(ctx) ? "https" : "http") + "://" + ctx.host();
        return normalized.equals(own.toLowerCase(Locale.ROOT)) || normalized.equals(origin(publicUrl));
    }

    /** {@code scheme://host[:port]} of a URL, lower-case; null when it is not one. */
    static String origin(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = URI.create(url.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return null;
            }
            String port = uri.getPort() == -1 ? "" : ":" + uri.getPort();
            return (uri.getScheme() + "://" + uri.getHost() + port).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
