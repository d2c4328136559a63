package dev.punchlist.audit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrSimilarNamesNothing {
    @Test
    void a_tool_offered_with_or_similar_leaves_only_the_tool() {
        assertThat(Tokens.of("Add schema checks with Joi or similar")).doesNotContain("similar", Tokens.stem("similar"));
    }
}
