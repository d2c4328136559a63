package dev.punchlist.security;

import org.junit.jupiter.api.Test;

import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductionModeRefusesWeakSecretsTest {
    private static final String GOOD = Base64.getEncoder().encodeToString(Secrets.randomBytes(32));

    @Test
    void aMissingSessionKeyIsRefusedWithTheVariableAndHowToMakeOne() {
        assertThatThrownBy(() -> SecuritySettings.fromEnvironment(Map.of("PUNCHLIST_ENV", "production"), false))
                .isInstanceOf(WeakSecretException.class)
                .hasMessageContaining("PUNCHLIST_SESSION_KEY").hasMessageContaining("openssl rand -base64 32");
    }

    @Test
    void aShortKeyIsRefused() {
        String short16 = Base64.getEncoder().encodeToString(Secrets.randomBytes(16));
        assertThatThrownBy(() -> SecuritySettings.fromEnvironment(Map.of("PUNCHLIST_SESSION_KEY", short16, "PUNCHLIST_SECRETS_KEY", GOOD), true))
                .hasMessageContaining("PUNCHLIST_SESSION_KEY").hasMessageContaining("16 bytes");
    }

    @Test
    void aPlaceholderOrNonRandomKeyIsRefused() {
        assertThatThrownBy(() -> SecuritySettings.fromEnvironment(Map.of("PUNCHLIST_SESSION_KEY", "changeme", "PUNCHLIST_SECRETS_KEY", GOOD), true))
                .hasMessageContaining("placeholder");
        String zeros = Base64.getEncoder().encodeToString(new byte[48]);
        assertThatThrownBy(() -> SecuritySettings.fromEnvironment(Map.of("PUNCHLIST_SESSION_KEY", zeros, "PUNCHLIST_SECRETS_KEY", GOOD), true))
                .hasMessageContaining("not random");
    }

    @Test
    void theSecretsKeyIsCheckedTheSameWay() {
        assertThatThrownBy(() -> SecuritySettings.fromEnvironment(Map.of("PUNCHLIST_ENV", "production", "PUNCHLIST_SESSION_KEY", GOOD), false))
                .hasMessageContaining("PUNCHLIST_SECRETS_KEY");
    }

    @Test
    void strongKeysStartInProductionAndDevelopmentNeedsNone() {
        SecuritySettings production = SecuritySettings.fromEnvironment(Map.of("PUNCHLIST_SESSION_KEY", GOOD, "PUNCHLIST_SECRETS_KEY", GOOD), true);
        assertThat(production.production()).isTrue();
        assertThat(production.sessionKey()).hasSize(32);
        SecuritySettings development = SecuritySettings.fromEnvironment(Map.of(), false);
        assertThat(development.production()).isFalse();
        assertThat(development.sessionKey()).hasSizeGreaterThanOrEqualTo(32);
    }
}
