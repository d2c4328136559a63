package dev.punchlist.plan;

/** Who made a change, and through which door (a person, an import, Jira, the system). */
public record Actor(String name, String source) {
    public static final String USER = "user";
    public static final String IMPORT = "import";
    public static final String JIRA = "jira";
    public static final String SYSTEM = "system";

    public static Actor user(String name) {
        return new Actor(name, USER);
    }
}
