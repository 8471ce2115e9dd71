package org.ticportal.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Keeps core's own bundle complete and core's code free of Chinese: the same keys in both languages, every key core's
 * code passes to {@link CoreMessages} or refuses with ({@link BusinessException} and the problems of forms) defined,
 * and no Chinese written into core's code (javadoc and comments may quote the measures).
 */
class CoreMessagesBundleTest {

    private static final Path SOURCES = Path.of("src/main/java");

    /** Where core names a key: a text of its own, a refusal, a problem of a form. */
    private static final List<Pattern> KEY_USES = List.of(
            Pattern.compile("\\b(?:CoreMessages\\.)?(?:text|format)\\(\"([a-zA-Z0-9_.]+)\""),
            Pattern.compile("(?:new [A-Za-z]*Exception\\(|onField\\([^,]+, |FieldProblem\\.of\\([^,]+, "
                    + "|new FieldProblem\\([^,]+, |PublishProblem\\.of\\(|super\\()\"([a-z][a-zA-Z0-9]*\\.[a-zA-Z0-9_.]+)\""));

    /** Chinese characters, CJK punctuation and full-width forms ("（", "：", "、"). */
    private static final Pattern CJK = Pattern.compile("[\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff00-\\uffef]");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = CoreMessagesBundleTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeysAndNoEmptyText() throws IOException {
        Properties zh = load("core.properties");
        Properties en = load("core_en.properties");
        assertThat(new TreeSet<>(en.stringPropertyNames())).as("keys missing in English")
                .containsAll(zh.stringPropertyNames());
        assertThat(new TreeSet<>(zh.stringPropertyNames())).as("keys missing in Chinese")
                .containsAll(en.stringPropertyNames());
        assertThat(zh.stringPropertyNames()).allSatisfy(k -> {
            assertThat(zh.getProperty(k)).as("Chinese " + k).isNotBlank();
            assertThat(en.getProperty(k)).as("English " + k).isNotBlank();
        });
    }

    @Test
    void everyKeyCoreUsesIsDefined() throws IOException {
        Properties zh = load("core.properties");
        Set<String> found = new TreeSet<>();
        Set<String> missing = new TreeSet<>();
        for (Path file : javaFiles()) {
            String code = Files.readString(file);
            for (Pattern pattern : KEY_USES) {
                Matcher m = pattern.matcher(code);
                while (m.find()) {
                    String key = m.group(1);
                    found.add(key);
                    // a key built at run time ("application.guard." + kind) needs at least one key under its prefix
                    boolean defined = key.endsWith(".")
                            ? zh.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key))
                            : zh.containsKey(key);
                    if (!defined) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(found).as("the scan finds core's keys").hasSizeGreaterThan(150);
        assertThat(missing).isEmpty();
    }

    @Test
    void aTextReadsInBothLanguagesWithItsArguments() {
        assertThat(CoreMessages.text("catalog.entry.retired", CoreMessages.text("form.degree.master")))
                .satisfies(t -> {
                    assertThat(t.zh()).isEqualTo("硕士（已停用）");
                    assertThat(t.en()).isEqualTo("Master's (retired)");
                });
        assertThat(CoreMessages.format("policy.describe.workingDays", Locale.ENGLISH, 12345))
                .isEqualTo("12345 working days");
    }

    @Test
    void coreCodeHoldsNoChineseText() throws IOException {
        Set<String> offenders = new TreeSet<>();
        for (Path file : javaFiles()) {
            for (String literal : literals(Files.readString(file))) {
                if (CJK.matcher(literal).find()) {
                    offenders.add(SOURCES.relativize(file) + ": " + literal);
                }
            }
        }
        assertThat(offenders).as("Chinese in core's code; put it into vaadin-i18n/core*.properties").isEmpty();
    }

    /** The string, text-block and character literals of Java source, comments skipped. */
    static List<String> literals(String code) {
        List<String> literals = new ArrayList<>();
        int i = 0;
        int n = code.length();
        while (i < n) {
            char c = code.charAt(i);
            if (code.startsWith("//", i)) {
                i = code.indexOf('\n', i);
                i = i < 0 ? n : i;
            } else if (code.startsWith("/*", i)) {
                int end = code.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (code.startsWith("\"\"\"", i)) {
                int end = code.indexOf("\"\"\"", i + 3);
                end = end < 0 ? n : end + 3;
                literals.add(code.substring(i, end));
                i = end;
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < n && code.charAt(j) != c && code.charAt(j) != '\n') {
                    j += code.charAt(j) == '\\' ? 2 : 1;
                }
                j = Math.min(j + 1, n);
                literals.add(code.substring(i, j));
                i = j;
            } else {
                i++;
            }
        }
        return literals;
    }

    @Test
    void theScannerSkipsCommentsAndFindsLiterals() {
        assertThat(literals("// \"注释\"\n/* \"说明\" */ String a = \"x\\\"中\"; char b = '\"';"))
                .containsExactly("\"x\\\"中\"", "'\"'");
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }
}
