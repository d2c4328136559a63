package dev.punchlist.web.pages;

import dev.punchlist.plan.ItemSummary;
import dev.punchlist.plan.Status;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;

/**
 * One checklist item as the {@code checklist/rows} template shows it, formatted once in Java: the page
 * has 2,000 of these, and every lookup or filter the template saves is saved 2,000 times.
 *
 * @param classes           the row's state classes ({@code is-overdue is-blocked is-resolved}), from constants
 * @param statusOptionsHtml the status {@code <option>}s with the current one selected; built from our own
 *                          constant labels, never from user text, so the template outputs it unescaped
 * @param error             a message from a failed in-place change, or {@code null}
 * @param sync              the item's Jira state, or {@code null} when the project has no Jira settings
 * @param status            the status label, carried back by the row's form as the value it was loaded with
 */
record ChecklistRow(String id, String title, String classes, String severity, String category, boolean overdue,
                    boolean blocked, boolean notInLatest, String effort, boolean effortEstimated, int version,
                    String assignee, String due, String statusOptionsHtml, boolean picked, String error, SyncCell sync,
                    String status) {

    private static final Map<Status, String> STATUS_OPTIONS = statusOptions();

    static ChecklistRow of(ItemSummary item, LocalDate today, boolean picked, String error, SyncCell sync) {
        boolean overdue = item.overdue(today);
        boolean blocked = item.status() == Status.BLOCKED;
        return new ChecklistRow(Long.toString(item.id()), item.title(), classes(overdue, blocked, item.status().resolved()),
                item.severity().label(), item.category(), overdue, blocked, item.notInLatest(), item.effort().toString(),
                !item.effortStated(), item.version(), item.assignee(), item.due() == null ? null : item.due().toString(),
                STATUS_OPTIONS.get(item.status()), picked, error, sync, item.status().label());
    }

    private static String classes(boolean overdue, boolean blocked, boolean resolved) {
        StringBuilder classes = new StringBuilder();
        append(classes, overdue, "is-overdue");
        append(classes, blocked, "is-blocked");
        append(classes, resolved, "is-resolved");
        return classes.toString();
    }

    private static void append(StringBuilder classes, boolean on, String name) {
        if (on) {
            classes.append(classes.isEmpty() ? "" : " ").append(name);
        }
    }

    private static Map<Status, String> statusOptions() {
        Map<Status, String> options = new EnumMap<>(Status.class);
        for (Status current : Status.values()) {
            StringBuilder html = new StringBuilder();
            for (Status s : Status.values()) {
                html.append("<option value=\"").append(s.label()).append('"').append(s == current ? " selected" : "")
                        .append('>').append(ViewExtension.statusLabel(s).replace("'", "&#39;")).append("</option>");
            }
            options.put(current, html.toString());
        }
        return options;
    }
}
