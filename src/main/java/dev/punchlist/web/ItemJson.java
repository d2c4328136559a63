package dev.punchlist.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import dev.punchlist.plan.Item;
import dev.punchlist.plan.ItemMention;

import java.util.List;

/** An item as the API shows it: its fields, its ETag, and where the reports mention it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ItemJson(@JsonUnwrapped Item item, String etag, List<ItemMention> mentions) {
    static ItemJson of(Item item) {
        return new ItemJson(item, etag(item), null);
    }

    static ItemJson of(Item item, List<ItemMention> mentions) {
        return new ItemJson(item, etag(item), mentions);
    }

    static String etag(Item item) {
        return "\"" + item.version() + "\"";
    }
}
