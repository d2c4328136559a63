package dev.punchlist.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The words behind the reader's language signals, one resource file per language
 * ({@code words/en.properties}, {@code words/de.properties}, …): every file found there is read, so a
 * new language is one new file. A report may mix languages, so every concept matches the words of all.
 */
final class Lexicon {
    /** What a group of words says about a line or a heading. */
    enum Concept {
        ISSUES_SECTION, STRENGTH_SECTION, SUMMARY_SECTION, PLAN_SECTION, REFERENCE_SECTION, DEFICIENCY, PRAISE,
        IMPERATIVE, DONE, PENDING, FIELD_IMPACT, FIELD_FIX, FIELD_SEVERITY, FIELD_EFFORT, FIELD_LOCATION,
        SEVERITY_CRITICAL, SEVERITY_HIGH, SEVERITY_MEDIUM, SEVERITY_LOW, TIME_NOW, TIME_SOON, TIME_LATER, PHASE_NAME;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final String FOLDER = "dev/punchlist/audit/words";
    static final Lexicon ALL = load();

    private final Map<Concept, Pattern> anywhere;
    private final Map<Concept, Pattern> atStart;
    private final List<String> languages;

    private Lexicon(Map<Concept, Pattern> anywhere, Map<Concept, Pattern> atStart, List<String> languages) {
        this.anywhere = anywhere;
        this.atStart = atStart;
        this.languages = languages;
    }

    List<String> languages() {
        return languages;
    }

    /** Whether any word of the concept occurs in the text (lower-cased by the caller or not). */
    boolean mentions(Concept concept, String text) {
        return anywhere.get(concept).matcher(text).find();
    }

    /** The severity the words of any language name, gravest first; empty when none does. */
    java.util.Optional<Severity> severity(String text) {
        Concept[] levels = {Concept.SEVERITY_CRITICAL, Concept.SEVERITY_HIGH, Concept.SEVERITY_MEDIUM,
            Concept.SEVERITY_LOW};
        for (int i = 0; i < levels.length; i++) {
            if (mentions(levels[i], text)) {
                return java.util.Optional.of(Severity.values()[i]);
            }
        }
        return java.util.Optional.empty();
    }

    /** How urgent a time box's words say it is: 0 now, 1 soon, 2 later, -1 when they say nothing. */
    int urgency(String text) {
        return mentions(Concept.TIME_NOW, text) ? 0 : mentions(Concept.TIME_SOON, text) ? 1
                : mentions(Concept.TIME_LATER, text) ? 2 : -1;
    }

    /** How many times words of the concept occur in the text. */
    int count(Concept concept, String text) {
        var m = anywhere.get(concept).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    /** Whether the text starts with a word of the concept (after any marks or numbering). */
    boolean startsWith(Concept concept, String text) {
        return atStart.get(concept).matcher(text).lookingAt();
    }

    private static Lexicon load() {
        Map<Concept, List<String>> words = new EnumMap<>(Concept.class);
        for (Concept c : Concept.values()) {
            words.put(c, new ArrayList<>());
        }
        List<String> languages = new ArrayList<>();
        for (String file : languageFiles()) {
            Properties p = read(FOLDER + "/" + file);
            languages.add(file.substring(0, file.indexOf('.')));
            for (Concept c : Concept.values()) {
                for (String word : p.getProperty(c.key(), "").split(",")) {
                    if (!word.isBlank()) {
                        words.get(c).add(word.strip().toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        Map<Concept, Pattern> anywhere = new EnumMap<>(Concept.class);
        Map<Concept, Pattern> atStart = new EnumMap<>(Concept.class);
        words.forEach((concept, list) -> {
            String alternatives = alternatives(list);
            anywhere.put(concept, Pattern.compile(alternatives, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
            atStart.put(concept, Pattern.compile("[^\\p{L}\\p{N}]*(?:\\d+[.)]\\s*)?(?:" + alternatives + ")",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        });
        return new Lexicon(anywhere, atStart, List.copyOf(languages));
    }

    /** Longest first, so "not started" wins over "not"; letters around a word end the match. */
    private static String alternatives(List<String> list) {
        TreeSet<String> sorted = new TreeSet<>((a, b) -> a.length() != b.length() ? b.length() - a.length()
                : a.compareTo(b));
        sorted.addAll(list);
        StringBuilder out = new StringBuilder();
        for (String word : sorted) {
            out.append(out.length() == 0 ? "" : "|").append(pattern(word));
        }
        return out.length() == 0 ? "(?!)" : out.toString();
    }

    private static String pattern(String word) {
        boolean prefix = word.endsWith("*");
        String stem = prefix ? word.substring(0, word.length() - 1) : word;
        String quoted = Pattern.quote(stem).replace(" ", "\\E\\s+\\Q");
        if (isIdeographic(stem)) {
            return quoted; // Chinese writes no spaces between words
        }
        return "(?<![\\p{L}\\p{N}])" + quoted + (prefix ? "[\\p{L}\\p{N}]*" : "(?![\\p{L}\\p{N}])");
    }

    private static boolean isIdeographic(String word) {
        return word.codePoints().anyMatch(cp -> Character.isIdeographic(cp));
    }

    private static Properties read(String resource) {
        try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            Properties p = new Properties();
            p.load(reader);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The language files in the words folder, whether it is a directory or inside the jar. */
    private static List<String> languageFiles() {
        URL url = Lexicon.class.getClassLoader().getResource(FOLDER);
        if (url == null) {
            throw new IllegalStateException("no word lists at " + FOLDER);
        }
        try {
            if (url.getProtocol().equals("jar")) {
                try (FileSystem jar = FileSystems.newFileSystem(url.toURI(), Map.of())) {
                    return list(jar.getPath(FOLDER));
                } catch (java.nio.file.FileSystemAlreadyExistsException open) {
                    return list(FileSystems.getFileSystem(url.toURI()).getPath(FOLDER));
                }
            }
            return list(Path.of(url.toURI()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> list(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = new ArrayList<>(files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".properties")).toList());
            Collections.sort(names);
            return names;
        }
    }
}
