package dev.punchlist.jira;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.URI;

import static dev.punchlist.jira.JiraTestSupport.*;
import static org.assertj.core.api.Assertions.assertThat;

class JiraConnectionCheckTest {
    private FakeJira fake;

    @AfterEach
    void stop() {
        fake.close();
        fake.assertContractKept();
    }

    @Test
    void aWorkingSetupHasNoProblems() {
        fake = fake(Flavour.CLOUD);
        assertThat(client(fake, new RecordingSleeper()).testConnection()).isEmpty();
    }

    @Test
    void testConnectionExplainsAnUnknownProjectInPlainWords() {
        fake = fake(Flavour.DATA_CENTER);
        JiraSettings nope = JiraSettings.of(URI.create(fake.url()), Flavour.DATA_CENTER, "NOPE", "Task");

        assertThat(JiraClient.testConnection(nope, credentials(Flavour.DATA_CENTER), options(new RecordingSleeper())))
                .singleElement().asString().contains("Project NOPE does not exist").contains("Check the project key");
    }

    @Test
    void testConnectionExplainsAMissingRequiredFieldInPlainWords() {
        fake = fake(Flavour.CLOUD);
        fake.api.requiredFields.put("components", "Component/s");

        assertThat(client(fake, new RecordingSleeper()).testConnection()).singleElement().asString()
                .contains("Jira requires the field 'Component/s' (components)").contains("punchlist does not fill it");
    }

    @Test
    void testConnectionExplainsAnUnknownIssueTypeAndListsTheOffered() {
        fake = fake(Flavour.DATA_CENTER);
        JiraSettings story = JiraSettings.of(URI.create(fake.url()), Flavour.DATA_CENTER, PROJECT, "Story");

        assertThat(JiraClient.testConnection(story, credentials(Flavour.DATA_CENTER), options(new RecordingSleeper())))
                .singleElement().asString().contains("no issue type named 'Story'").contains("Task, Bug");
    }

    @Test
    void testConnectionExplainsBadCredentials() {
        fake = fake(Flavour.CLOUD);
        var problems = JiraClient.testConnection(settings(fake), JiraCredentials.cloud(EMAIL, "nope"),
                options(new RecordingSleeper()));
        assertThat(problems).singleElement().asString().contains("did not accept the credentials");
    }
}
