package dev.punchlist.security;

import dev.punchlist.user.User;

/** Who a valid bearer token acts for, and with what scope. */
public record TokenPrincipal(User user, TokenScope scope, long tokenId) {
}
