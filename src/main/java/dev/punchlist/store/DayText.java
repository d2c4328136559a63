package dev.punchlist.store;

import org.jooq.impl.AbstractConverter;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * A day column read from its stored text. SQLite keeps whatever text was written, and jOOQ's own date binding
 * throws on text it cannot read, which turned one odd value into an error on every page listing its row. Only
 * {@code yyyy-mm-dd} with a four-digit year (the form SQLite's date functions know) is a day; any other text reads
 * as no day, so a read never fails on a value written before dates were checked or by another tool.
 */
public final class DayText extends AbstractConverter<String, LocalDate> {
    public DayText() {
        super(String.class, LocalDate.class);
    }

    @Override
    public LocalDate from(String text) {
        if (text == null || text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public String to(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
