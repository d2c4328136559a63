package dev.punchlist.plan;

import java.util.List;

/** One page of items; {@code nextCursor} is {@code null} on the last page. */
public record ItemPage(List<Item> items, String nextCursor) {
}
