package dev.punchlist.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Project settings are kept as one JSON column so new settings need no migration. */
final class SettingsJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SettingsJson() {
    }

    static String write(ProjectSettings settings) {
        try {
            return MAPPER.writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static ProjectSettings read(String json) {
        try {
            return MAPPER.readValue(json, ProjectSettings.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored project settings are unreadable: " + e.getOriginalMessage(), e);
        }
    }
}
