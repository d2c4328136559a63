package dev.punchlist.store;

import java.sql.Timestamp;
import java.time.LocalDateTime;

/**
 * Timestamps in the text form jOOQ stores in SQLite, {@code 2026-11-23 03:30:46.764} (the form of
 * {@link Timestamp#toString}: the fraction without trailing zeros, at least one digit). Written and read by
 * hand because going through {@code java.sql.Timestamp} builds calendar objects on every change of an item.
 */
final class SqliteTime {
    /** {@code yyyy-mm-dd hh:mm:ss} */
    private static final int PLAIN_LENGTH = 19;

    private SqliteTime() {
    }

    static String format(LocalDateTime time) {
        if (time.getYear() < 1000 || time.getYear() > 9999) {
            return Timestamp.valueOf(time).toString();
        }
        StringBuilder text = new StringBuilder(29).append(time.getYear()).append('-');
        twoDigits(text, time.getMonthValue()).append('-');
        twoDigits(text, time.getDayOfMonth()).append(' ');
        twoDigits(text, time.getHour()).append(':');
        twoDigits(text, time.getMinute()).append(':');
        twoDigits(text, time.getSecond()).append('.');
        int nanos = time.getNano();
        if (nanos == 0) {
            return text.append('0').toString();
        }
        int digits = 9;
        while (nanos % 10 == 0) {
            nanos /= 10;
            digits--;
        }
        String fraction = Integer.toString(nanos);
        text.append("000000000", 0, digits - fraction.length()).append(fraction);
        return text.toString();
    }

    static LocalDateTime parse(String text) {
        if (!plainLayout(text)) {
            return Timestamp.valueOf(text).toLocalDateTime();
        }
        int nanos = 0;
        if (text.length() > PLAIN_LENGTH) {
            for (int i = PLAIN_LENGTH + 1; i < PLAIN_LENGTH + 10; i++) {
                nanos = nanos * 10 + (i < text.length() ? text.charAt(i) - '0' : 0);
            }
        }
        return LocalDateTime.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10), number(text, 11, 13),
                number(text, 14, 16), number(text, 17, 19), nanos);
    }

    /** {@code yyyy-mm-dd hh:mm:ss}, then nothing or a dot and one to nine digits. */
    private static boolean plainLayout(String text) {
        int length = text.length();
        if (length < PLAIN_LENGTH || length == PLAIN_LENGTH + 1 || length > PLAIN_LENGTH + 10) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean ok = switch (i) {
                case 4, 7 -> c == '-';
                case 10 -> c == ' ';
                case 13, 16 -> c == ':';
                case PLAIN_LENGTH -> c == '.';
                default -> c >= '0' && c <= '9';
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }

    private static StringBuilder twoDigits(StringBuilder text, int value) {
        return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
