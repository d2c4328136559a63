package dev.punchlist.web.auth;

import dev.punchlist.security.SecuritySettings.CookieSecure;
import io.javalin.http.Context;

/**
 * The session cookie, written by hand so every attribute is explicit: HttpOnly (no script reads it),
 * SameSite=Lax (no cross-site POST carries it), Secure over TLS, no Max-Age (the server decides expiry).
 */
public record SessionCookie(CookieSecure secure, ClientInfo client) {
    public static final String NAME = "punchlist_session";

    public String read(Context ctx) {
        return ctx.cookie(NAME);
    }

    public void write(Context ctx, String sessionId) {
        ctx.res().addHeader("Set-Cookie", NAME + "=" + sessionId + "; Path=/; HttpOnly; SameSite=Lax" + secureFlag(ctx));
    }

    public void clear(Context ctx) {
        ctx.res().addHeader("Set-Cookie", NAME + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax" + secureFlag(ctx));
    }

    private String secureFlag(Context ctx) {
        boolean on = switch (secure) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> client.overTls(ctx);
        };
        return on ? "; Secure" : "";
    }
}
