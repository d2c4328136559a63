package dev.punchlist.plan;

import dev.punchlist.store.schema.tables.records.ItemRecord;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Matches a re-audit's findings to a project's items, each item at most once: the unclaimed item whose fingerprint
 * is {@linkplain Fingerprint#same the same} and most similar, the earliest on a tie. Comparing every finding with
 * every item took 26–37 s of the single writer for 4,000 items, and over ten minutes for 100,000, so:
 * <ul>
 * <li>an identical fingerprint (similarity 1, the best there is) is found in a map;</li>
 * <li>otherwise only items that can reach the similarity {@code same} needs are compared. Similarity is shared
 * words over all words, so a match shares at least {@code m = ⌈0.6·n⌉} of the finding's {@code n} words, and so at
 * least one of any {@code n − m + 1} of them: the rarest ones are looked up in an index by word.</li>
 * </ul>
 */
final class ItemMatcher {
    private static final double SAME = Fingerprint.SAME;
    private final List<ItemRecord> items;
    private final boolean[] claimed;
    private final Map<String, List<Integer>> byWord = new HashMap<>();
    private final Map<String, ArrayDeque<Integer>> byFingerprint = new HashMap<>();

    ItemMatcher(List<ItemRecord> items) {
        this.items = items;
        this.claimed = new boolean[items.size()];
        for (int i = 0; i < items.size(); i++) {
            byFingerprint.computeIfAbsent(items.get(i).getFingerprint(), f -> new ArrayDeque<>()).add(i);
            for (String word : items.get(i).getFingerprint().split(" ")) {
                byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(i);
            }
        }
    }

    /** The id of the item claimed for a finding with {@code fingerprint}, or {@code null} when none is the same. */
    Long claim(String fingerprint) {
        ArrayDeque<Integer> identical = byFingerprint.getOrDefault(fingerprint, new ArrayDeque<>());
        while (!identical.isEmpty()) {
            int i = identical.poll();
            if (!claimed[i]) {
                claimed[i] = true;
                return items.get(i).getId();
            }
        }
        int best = -1;
        double bestScore = 0;
        for (int i : candidates(fingerprint)) {
            String theirs = items.get(i).getFingerprint();
            double score = theirs.equals(fingerprint) ? 1 : Fingerprint.similarity(theirs, fingerprint);
            if (Fingerprint.same(theirs, fingerprint) && (score > bestScore || score == bestScore && i < best)) {
                best = i;
                bestScore = score;
            }
        }
        if (best < 0) {
            return null;
        }
        claimed[best] = true;
        return items.get(best).getId();
    }

    /** Unclaimed items sharing one of the finding's rarest words (enough of them that no match is missed), each once. */
    private List<Integer> candidates(String fingerprint) {
        List<String> words = new ArrayList<>(List.of(fingerprint.split(" ")));
        words.sort(Comparator.comparingInt(w -> byWord.getOrDefault(w, List.of()).size()));
        int needed = (int) Math.ceil(SAME * words.size() - 1e-9);
        List<Integer> found = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (String word : words.subList(0, words.size() - needed + 1)) {
            for (int i : byWord.getOrDefault(word, List.of())) {
                if (!claimed[i] && seen.add(i)) {
                    found.add(i);
                }
            }
        }
        return found;
    }

    List<ItemRecord> unmatched() {
        List<ItemRecord> left = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!claimed[i]) {
                left.add(items.get(i));
            }
        }
        return left;
    }
}
