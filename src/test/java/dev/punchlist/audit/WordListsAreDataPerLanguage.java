package dev.punchlist.audit;

import org.junit.jupiter.api.Test;

import static dev.punchlist.audit.Lexicon.Concept;
import static org.assertj.core.api.Assertions.assertThat;

class WordListsAreDataPerLanguage {
    private final Lexicon words = Lexicon.ALL;

    @Test
    void every_language_file_is_read() {
        assertThat(words.languages()).contains("en", "es", "pt", "fr", "de", "ru", "zh");
    }

    @Test
    void strengths_sections_are_recognised_in_several_languages() {
        assertThat(words.mentions(Concept.STRENGTH_SECTION, "What works well")).isTrue();
        assertThat(words.mentions(Concept.STRENGTH_SECTION, "Pontos fortes")).isTrue();
        assertThat(words.mentions(Concept.STRENGTH_SECTION, "Сильные стороны")).isTrue();
        assertThat(words.mentions(Concept.STRENGTH_SECTION, "Bereits umgesetzt")).isTrue();
        assertThat(words.mentions(Concept.STRENGTH_SECTION, "优点")).isTrue();
        assertThat(words.mentions(Concept.STRENGTH_SECTION, "Open issues")).isFalse();
    }

    @Test
    void an_imperative_is_read_at_the_start_only() {
        assertThat(words.startsWith(Concept.IMPERATIVE, "1. Добавить health checks")).isTrue();
        assertThat(words.startsWith(Concept.IMPERATIVE, "Implementar cache de sesiones")).isTrue();
        assertThat(words.startsWith(Concept.IMPERATIVE, "Sessions are never rotated")).isFalse();
    }

    @Test
    void a_trailing_star_matches_any_ending_and_only_whole_words_otherwise() {
        assertThat(words.mentions(Concept.DEFICIENCY, "The header is missing")).isTrue();
        assertThat(words.mentions(Concept.DEFICIENCY, "knot")).isFalse(); // "not" is a word, not a part of one
        assertThat(words.count(Concept.DEFICIENCY, "lacks tests, lacking docs")).isEqualTo(2);
    }

    @Test
    void severity_and_urgency_words_of_other_languages_are_read() {
        assertThat(words.severity("Средний приоритет")).contains(Severity.MEDIUM);
        assertThat(words.severity("Hohe Priorität")).contains(Severity.HIGH);
        assertThat(words.urgency("Немедленно (критично)")).isZero();
        assertThat(words.urgency("В течение месяца")).isEqualTo(2);
    }
}
