package dev.punchlist.jira;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where and how to push items: one Jira project, one issue type, priorities per severity.
 *
 * @param siteUrl            base URL of the site, e.g. {@code https://acme.atlassian.net}
 * @param priorityBySeverity severity label (critical/high/medium/low) to Jira priority name
 * @param parentKeyByPhase   optional parent/epic key per phase 0, 1, 2
 * @param doneCategory       status category key that means "done" ({@code done} by default)
 */
public record JiraSettings(URI siteUrl, Flavour flavour, String projectKey, String issueTypeName,
                           Map<String, String> priorityBySeverity, List<String> extraLabels,
                           Map<Integer, String> parentKeyByPhase, String doneCategory) {

    public static final List<String> SEVERITIES = List.of("critical", "high", "medium", "low");
    public static final Map<String, String> DEFAULT_PRIORITIES =
            Map.of("critical", "Highest", "high", "High", "medium", "Medium", "low", "Low");
    private static final Pattern PROJECT_KEY = Pattern.compile("[A-Z][A-Z0-9_]{1,9}");
    // Jira labels may not contain spaces.
    private static final Pattern LABEL = Pattern.compile("\\S{1,255}");

    public JiraSettings {
        priorityBySeverity = Map.copyOf(priorityBySeverity == null ? DEFAULT_PRIORITIES : priorityBySeverity);
        extraLabels = List.copyOf(extraLabels == null ? List.of() : extraLabels);
        parentKeyByPhase = Map.copyOf(parentKeyByPhase == null ? Map.of() : parentKeyByPhase);
        doneCategory = doneCategory == null || doneCategory.isBlank() ? "done" : doneCategory;
        List<String> problems = problems(siteUrl, flavour, projectKey, issueTypeName,
                priorityBySeverity, extraLabels, parentKeyByPhase);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("Jira settings are not usable: " + String.join("; ", problems));
        }
    }

    /** Settings with default priorities, no extra labels, no parents and {@code done} as the done category. */
    public static JiraSettings of(URI siteUrl, Flavour flavour, String projectKey, String issueTypeName) {
        return new JiraSettings(siteUrl, flavour, projectKey, issueTypeName, null, null, null, null);
    }

    public String priorityFor(String severity) {
        return priorityBySeverity.get(severity.toLowerCase(Locale.ROOT));
    }

    public Optional<String> parentFor(int phase) {
        return Optional.ofNullable(parentKeyByPhase.get(phase));
    }

    private static List<String> problems(URI site, Flavour flavour, String project, String issueType,
                                         Map<String, String> priorities, List<String> labels,
                                         Map<Integer, String> parents) {
        List<String> out = new ArrayList<>();
        if (site == null || site.getHost() == null || !List.of("http", "https").contains(site.getScheme())) {
            out.add("the site URL must be an http(s) address such as https://acme.atlassian.net");
        }
        if (flavour == null) out.add("choose Cloud or Data Center");
        if (project == null || !PROJECT_KEY.matcher(project).matches()) {
            out.add("the project key must be 2-10 upper-case letters or digits starting with a letter, e.g. OPS");
        }
        if (issueType == null || issueType.isBlank()) out.add("the issue type name is missing (e.g. Task)");
        SEVERITIES.stream().filter(s -> isBlank(priorities.get(s)))
                .forEach(s -> out.add("no Jira priority is named for severity " + s));
        labels.stream().filter(l -> l == null || !LABEL.matcher(l).matches())
                .forEach(l -> out.add("label '" + l + "' must be non-empty and contain no spaces"));
        parents.keySet().stream().filter(p -> p < 0 || p > 2)
                .forEach(p -> out.add("phase " + p + " does not exist; phases are 0, 1 and 2"));
        return out;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
