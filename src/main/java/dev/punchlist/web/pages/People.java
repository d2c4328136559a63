package dev.punchlist.web.pages;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Who can be given an item: the accounts, suggested by the forms. A name typed in another case
 * ("Ann" for the account "ann") is saved as the account's name, so one person never becomes two.
 */
final class People {
    private final Supplier<List<String>> accounts;

    People(Supplier<List<String>> accounts) {
        this.accounts = accounts;
    }

    /** The accounts, then any other name already used on the project, each person once (ignoring case). */
    Set<String> suggestions(Collection<String> assigneesInUse) {
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.addAll(accounts.get());
        assigneesInUse.stream().filter(java.util.Objects::nonNull).forEach(names::add);
        return names;
    }

    /** The account's own spelling of {@code typed}, or the typed name (trimmed) when no account matches. */
    String canonical(String typed) {
        if (typed == null || typed.isBlank()) {
            return typed;
        }
        String name = typed.strip();
        return accounts.get().stream().filter(name::equalsIgnoreCase).findFirst().orElse(name);
    }
}
