package dev.punchlist.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordsJoinedByASlashAreWords {
    @Test
    void two_words_with_a_slash_between_them_are_two_words_not_a_path() {
        assertThat(Tokens.of("No Caching/Compression"))
                .contains(Tokens.stem("caching"), Tokens.stem("compression"))
                .doesNotContain("caching/compression");
    }

    @Test
    void a_path_stays_whole() {
        assertThat(Tokens.of("see web/static/app.js and api/server.py")).contains("web/static/app.js", "api/server.py");
    }
}
