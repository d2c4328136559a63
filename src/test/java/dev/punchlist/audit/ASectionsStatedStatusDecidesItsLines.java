package dev.punchlist.audit;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What a heading says of its own section: done after a dash, a finding by its fields, a tier despite "top N". */
class ASectionsStatedStatusDecidesItsLines {
    private static List<String> titles(String report) {
        return new AuditReader().read(report).findings().stream().map(Finding::title).toList();
    }

    @Test
    void lines_under_a_heading_whose_status_says_present_are_not_work() {
        String report = """
                # Gap-Analyse
                ## 5. Datensicherheit
                ### 5.1 Zugriffskontrolle — VORHANDEN
                - Row Level Security auf allen Tabellen
                - Sitzungen laufen nach 30 Minuten ab
                ### 5.3 Zweiter Faktor — FEHLT
                - Zwei-Faktor-Anmeldung für Administratoren einführen
                """;
        assertThat(titles(report)).anyMatch(t -> t.contains("Zwei-Faktor"))
                .noneMatch(t -> t.contains("Row Level Security"));
    }

    @Test
    void a_grade_after_a_dash_praises_the_whole_not_its_lines() {
        String report = """
                # Review
                ## Migrations
                ### Score: 8/10 - Good
                - Add a dry-run mode for migrations
                - Back up the database before migrating
                """;
        assertThat(titles(report)).contains("Add a dry-run mode for migrations");
    }

    @Test
    void fields_joined_on_one_line_make_a_heading_a_finding_even_under_top_n() {
        String report = """
                # Consolidated audit
                ## HIGH Findings (12 unique -- top 2 listed)
                ### H1. Webhook is not idempotent
                **Agent:** 3 | **File:** `billing.py` | **Fix:** Store delivery ids. **2h**

                ### H2. No limit on projects per user
                **Agent:** 5 | **Fix:** Cap projects at 50. **1h**
                """;
        assertThat(titles(report)).anyMatch(t -> t.contains("Webhook is not idempotent"))
                .anyMatch(t -> t.contains("No limit on projects per user"))
                .noneMatch(t -> t.equals("Agent"));
    }
}
