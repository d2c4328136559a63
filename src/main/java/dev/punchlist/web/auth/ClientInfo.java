package dev.punchlist.web.auth;

import io.javalin.http.Context;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/** Where a request came from and over what, believing proxy headers only from the proxies listed. */
public record ClientInfo(TrustedProxies proxies, String publicUrl) {
    ClientInfo(List<String> proxies, String publicUrl) {
        this(new TrustedProxies(proxies), publicUrl);
    }

    /**
     * The peer's address; when the peer is a listed proxy, the nearest address in {@code X-Forwarded-For} that is not
     * one (each proxy appends the address it saw, so anything further left may be the client's invention).
     */
    public String address(Context ctx) {
        String address = ctx.ip();
        String forwarded = proxies.contains(address) ? ctx.header("X-Forwarded-For") : null;
        if (forwarded == null) {
            return address;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0 && proxies.contains(address); i--) {
            if (!hops[i].isBlank()) {
                address = hops[i].trim();
            }
        }
        return address;
    }

    public boolean overTls(Context ctx) {
        if (proxies.contains(ctx.ip()) && "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"))) {
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
