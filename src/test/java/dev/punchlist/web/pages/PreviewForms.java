package dev.punchlist.web.pages;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads values out of a rendered page, as a browser would submit them. */
final class PreviewForms {
    private PreviewForms() {
    }

    /** The value of the hidden input {@code name}. */
    static String hidden(String page, String name) {
        Matcher m = Pattern.compile("<input type=\"hidden\" name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"").matcher(page);
        if (!m.find()) {
            throw new AssertionError("no hidden input " + name + " in the page");
        }
        return m.group(1);
    }
}
