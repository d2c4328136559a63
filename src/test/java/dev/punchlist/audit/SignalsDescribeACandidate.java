package dev.punchlist.audit;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The signals the work model weighs, each read off a small report written for it. */
class SignalsDescribeACandidate {
    private static Map<String, Double> signalsOf(String report, String title) {
        AuditReader.Prepared read = AuditReader.prepare(report);
        List<Candidate> candidates = read.collector().candidates;
        for (int i = 0; i < candidates.size(); i++) {
            if (candidates.get(i).title.equals(title)) {
                return read.signals().get(i);
            }
        }
        throw new AssertionError("no candidate titled " + title + " in " + candidates.stream().map(c -> c.title).toList());
    }

    @Test
    void the_section_path_says_strengths_or_issues() {
        String report = """
                # Audit
                ## Strengths
                - Parameterised queries everywhere
                ## Issues
                - Tokens never expire
                """;
        assertThat(signalsOf(report, "Parameterised queries everywhere")).containsKey("head:strength");
        assertThat(signalsOf(report, "Tokens never expire")).containsKey("head:issues").doesNotContainKey("head:strength");
    }

    @Test
    void markers_on_the_line_are_signals() {
        String report = """
                # Audit
                ## Checks
                - ❌ No rate limiting on login
                - ⚠️ Weak password policy
                """;
        assertThat(signalsOf(report, "No rate limiting on login")).containsKey("t:cross");
        assertThat(signalsOf(report, "Weak password policy")).containsKey("t:warning");
    }

    @Test
    void deficiency_praise_and_imperative_words_are_read_from_the_title() {
        String report = """
                # Audit
                ## Notes
                - Input validation is missing on uploads
                - Logging is properly structured
                - Add a content security policy
                """;
        assertThat(signalsOf(report, "Input validation is missing on uploads")).containsKey("t:deficiency");
        assertThat(signalsOf(report, "Logging is properly structured")).containsKey("t:praise");
        assertThat(signalsOf(report, "Add a content security policy")).containsKey("t:imperative");
    }

    @Test
    void finding_fields_are_counted_in_any_language() {
        String report = """
                # Auditoria
                ## Problemas
                ### Senhas em texto puro
                **Impacto:** vazamento de contas
                **Recomendação:** usar bcrypt
                **Esforço:** 2 horas
                """;
        Map<String, Double> signals = signalsOf(report, "Senhas em texto puro");
        assertThat(signals).containsKeys("f:field_impact", "f:field_fix", "f:field_effort", "fields=3");
    }

    @Test
    void no_severity_counts_only_where_the_report_rates_severities() {
        String rated = """
                # Audit
                ## Issues
                - CRITICAL: Secrets in git
                - HIGH: No backups
                - Typos in the README
                """;
        String unrated = """
                # Audit
                ## Issues
                - Secrets in git
                - Typos in the README
                """;
        assertThat(signalsOf(rated, "Typos in the README")).containsKey("sev=none");
        assertThat(signalsOf(unrated, "Typos in the README")).containsKey("sev=none-in-report").doesNotContainKey("sev=none");
    }

    @Test
    void what_the_layout_rules_say_is_one_signal_among_many() {
        String report = """
                # Audit
                ## What works well
                - Backups run nightly
                """;
        assertThat(signalsOf(report, "Backups run nightly")).containsKey("rule=section");
    }
    @Test
    void the_label_before_a_list_is_read_in_any_language() {
        String report = """
                # Prüfung
                ## Datenschutz
                **Vorhanden:**
                - Einwilligung wird versioniert gespeichert

                **Fehlt:**
                - Aufbewahrungsfristen festlegen
                """;
        assertThat(signalsOf(report, "Einwilligung wird versioniert gespeichert")).containsKey("lead:strength");
        assertThat(signalsOf(report, "Aufbewahrungsfristen festlegen")).containsKey("lead:deficiency")
                .doesNotContainKey("lead:strength");
    }

    @Test
    void a_label_repeated_across_the_report_is_a_template_field() {
        String report = """
                # Debt register
                ## Kinds
                ### Deliberate
                - Definition: chosen on purpose
                ### Accidental
                - Definition: found afterwards
                ### Reckless
                - Definition: known to be wrong
                ## Open
                - Cache: no eviction policy
                """;
        assertThat(signalsOf(report, "Definition: chosen on purpose")).containsKey("t:label-repeats");
        assertThat(signalsOf(report, "Cache: no eviction policy")).containsKey("t:label")
                .doesNotContainKey("t:label-repeats");
    }

    @Test
    void a_table_of_contents_entry_is_a_link_into_the_report() {
        String report = """
                # Audit
                ## Contents
                1. [Findings](#findings)
                2. [Plan](#plan)
                ## Findings
                - Sessions never expire
                """;
        assertThat(signalsOf(report, "Findings")).containsKey("t:link");
        assertThat(signalsOf(report, "Sessions never expire")).doesNotContainKey("t:link");
    }
}
