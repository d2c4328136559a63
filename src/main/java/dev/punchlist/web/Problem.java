package dev.punchlist.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem answer.
 *
 * @param field the request field at fault, when there is one
 * @param current the item as it is now, on a stale-version answer
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String field, Object current) {
    public static Problem of(int status, String title, String detail, String field) {
        return new Problem("about:blank", title, status, detail, field, null);
    }
}
