package dev.punchlist.web.pages;

import dev.punchlist.plan.Status;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** Formatting filters the templates share, so numbers and times read the same on every page. */
final class ViewExtension extends AbstractExtension {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private static final org.commonmark.parser.Parser MARKDOWN = org.commonmark.parser.Parser.builder().build();
    /** Report text is untrusted: raw HTML is shown as text and only http(s)/mailto links survive. */
    private static final org.commonmark.renderer.html.HtmlRenderer SAFE_HTML = org.commonmark.renderer.html.HtmlRenderer.builder()
            .escapeHtml(true).sanitizeUrls(true).build();

    @Override
    public Map<String, Filter> getFilters() {
        return Map.of(
                "markdown", new Filter() {
                    @Override
                    public List<String> getArgumentNames() {
                        return List.of();
                    }

                    @Override
                    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
                        return new io.pebbletemplates.pebble.extension.escaper.SafeString(
                                input == null ? "" : SAFE_HTML.render(MARKDOWN.parse(input.toString())));
                    }
                },
                "hours", filter(v -> hours(((Number) v).doubleValue())),
                "one", filter(v -> String.format(Locale.ROOT, "%.1f", ((Number) v).doubleValue())),
                "signed", filter(v -> signed(((Number) v).doubleValue())),
                "when", filter(v -> v instanceof Instant i ? WHEN.format(i) : v.toString()),
                "iso", filter(v -> v instanceof Instant i ? i.truncatedTo(ChronoUnit.SECONDS).toString() : v.toString()),
                "ago", new Filter() {
                    @Override
                    public List<String> getArgumentNames() {
                        return List.of("now");
                    }

                    @Override
                    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
                        return input instanceof Instant i && args.get("now") instanceof Instant now ? ago(i, now) : "";
                    }
                },
                "fieldLabel", filter(v -> fieldLabel(v.toString())),
                "size", filter(v -> size(((Number) v).longValue())),
                "statusLabel", filter(v -> statusLabel(v instanceof Status s ? s : Status.parse("status", v.toString()))));
    }

    static String hours(double hours) {
        return (hours == Math.rint(hours) ? String.valueOf((long) hours) : String.format(Locale.ROOT, "%.1f", hours)) + " h";
    }

    /** "just now", "5 min ago", "2 h ago", "3 d ago", "in 10 min"; beyond a month the day itself. */
    static String ago(Instant time, Instant now) {
        long seconds = Duration.between(time, now).getSeconds();
        long abs = Math.abs(seconds);
        if (abs < 60) {
            return "just now";
        }
        if (abs >= 30 * 86_400L) {
            return "on " + DAY.format(time);
        }
        String span = abs < 3600 ? abs / 60 + " min" : abs < 86_400 ? abs / 3600 + " h" : abs / 86_400 + " d";
        return seconds > 0 ? span + " ago" : "in " + span;
    }

    /** How a history entry names a field: "the due date", not "due". */
    static String fieldLabel(String field) {
        return switch (field) {
            case "detail" -> "description";
            case "due" -> "due date";
            case "status_reason" -> "status reason";
            default -> field.replace('_', ' ');
        };
    }

    /** A size as people read it: "812 bytes", "48 KB", "5 MB", "6.2 MB" (1 KB = 1,024 bytes, as the limits are set). */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        double kb = bytes / 1024.0;
        if (kb < 1024) {
            return oneDecimal(kb) + " KB";
        }
        return oneDecimal(kb / 1024) + " MB";
    }

    private static String oneDecimal(double value) {
        return value >= 100 || value == Math.rint(value) ? String.valueOf(Math.round(value)) : String.format(Locale.ROOT, "%.1f", value);
    }

    static String signed(double delta) {
        if (Math.abs(delta) < 0.05) {
            return "±0";
        }
        return (delta > 0 ? "+" : "−") + String.format(Locale.ROOT, "%.1f", Math.abs(delta));
    }

    static String statusLabel(Status status) {
        return switch (status) {
            case TODO -> "to do";
            case IN_PROGRESS -> "in progress";
            case BLOCKED -> "blocked";
            case DONE -> "done";
            case WONT_FIX -> "won't fix";
        };
    }

    /** Nulls pass through as empty text, so templates need no null checks around formatting. */
    private static Filter filter(Function<Object, String> format) {
        return new Filter() {
            @Override
            public List<String> getArgumentNames() {
                return List.of();
            }

            @Override
            public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int line) {
                return input == null ? "" : format.apply(input);
            }
        };
    }
}
