package org.ticportal.ui.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Keeps the Chinese and English bundles complete: the same keys in both, every key the code asks for defined, and no
 * Chinese text written into view code instead of a bundle.
 */
class TranslationBundlesTest {

    private static final Path SOURCES = Path.of("src/main/java/org/ticportal/ui");
    private static final Pattern KEY_CALL = Pattern.compile(
            "(?:getTranslation|ViewTitles\\.of|Messages\\.(?:success|error))\\((?:this, |[a-z]+, )?\"([a-zA-Z0-9_.]+)\"");
    private static final Pattern MENU_TITLE = Pattern.compile("@Menu\\(title = \"([a-zA-Z0-9_.]+)\"");
    private static final Pattern CJK_LITERAL = Pattern.compile("\"[^\"]*[\\u4e00-\\u9fff][^\"]*\"");

    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = TranslationBundlesTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    /** Every Chinese bundle together, as the provider reads them. */
    private static Properties chinese() throws IOException {
        Properties all = new Properties();
        for (String name : PortalI18nProvider.BUNDLES) {
            all.putAll(load(name + ".properties"));
        }
        return all;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        for (String name : PortalI18nProvider.BUNDLES) {
            Set<String> zh = new TreeSet<>(load(name + ".properties").stringPropertyNames());
            Set<String> en = new TreeSet<>(load(name + "_en.properties").stringPropertyNames());
            assertThat(en).as("keys missing in English " + name).containsAll(zh);
            assertThat(zh).as("keys missing in Chinese " + name).containsAll(en);
        }
    }

    @Test
    void aKeyIsDefinedInOneBundleOnly() throws IOException {
        Set<String> seen = new TreeSet<>();
        Set<String> twice = new TreeSet<>();
        for (String name : PortalI18nProvider.BUNDLES) {
            for (String key : load(name + ".properties").stringPropertyNames()) {
                if (!seen.add(key)) {
                    twice.add(key + " (" + name + ")");
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void everyKeyTheViewsUseIsDefined() throws IOException {
        Properties zh = chinese();
        Set<String> missing = new TreeSet<>();
        for (Path file : javaFiles()) {
            String code = Files.readString(file);
            for (Pattern pattern : new Pattern[] {KEY_CALL, MENU_TITLE}) {
                Matcher m = pattern.matcher(code);
                while (m.find()) {
                    String key = m.group(1);
                    boolean known = key.endsWith(".")
                            ? zh.stringPropertyNames().stream().anyMatch(k -> k.startsWith(key))
                            : zh.containsKey(key);
                    if (!known) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** Message keys core services refuse with, which the views translate. */
    private static final Pattern CORE_KEY = Pattern.compile(
            "(?:new [A-Za-z]*Exception\\(|onField\\([^,]+, |FieldProblem\\.of\\([^,]+, )\"([a-z][a-zA-Z0-9]*\\.[a-zA-Z0-9_.]+)\"");

    @Test
    void everyMessageKeyOfTheCoreServicesIsTranslated() throws IOException {
        Properties zh = chinese();
        Path core = Path.of(System.getProperty("portal.root", "..")).resolve("core/src/main/java");
        Set<String> missing = new TreeSet<>();
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.walk(core)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = CORE_KEY.matcher(Files.readString(file));
                while (m.find()) {
                    found.add(m.group(1));
                    if (!zh.containsKey(m.group(1))) {
                        missing.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(found).as("the scan finds the services' keys").hasSizeGreaterThan(40);
        assertThat(missing).isEmpty();
    }

    @Test
    void everyProblemAFormDefinitionCanHaveIsTranslated() throws IOException {
        Properties zh = chinese();
        Path reader = Path.of(System.getProperty("portal.root", "..")).resolve(
                "core/src/main/java/org/ticportal/core/form/FormReader.java");
        Matcher m = Pattern.compile("problems\\.add\\(\"([a-zA-Z]+)\"").matcher(Files.readString(reader));
        Set<String> codes = new TreeSet<>();
        while (m.find()) {
            codes.add("formDefinition." + m.group(1));
        }
        assertThat(codes).as("the scan finds the reader's problems").hasSizeGreaterThan(20);
        assertThat(codes).allMatch(zh::containsKey, "translated");
    }

    @Test
    void viewsHoldNoChineseTextOfTheirOwn() throws IOException {
        Set<String> offenders = new TreeSet<>();
        // the API for other systems (ui/.../api) describes itself in OpenAPI annotations, Chinese and English side by
        // side: documentation of a contract, not a screen's text
        Path api = SOURCES.resolve("api");
        for (Path file : javaFiles().stream().filter(f -> !f.startsWith(api)).toList()) {
            String code = Files.readString(file).replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
            Matcher m = CJK_LITERAL.matcher(code);
            while (m.find()) {
                offenders.add(file.getFileName() + ": " + m.group());
            }
        }
        // the language switch names each language in that language, which is the convention
        offenders.removeIf(s -> s.startsWith("LanguageSwitch.java: \"中文\""));
        // date patterns, not texts
        offenders.removeIf(s -> s.startsWith("Formats.java: \"yyyy年"));
        assertThat(offenders).isEmpty();
    }

    private static java.util.List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    @Test
    void aTextGivenInBothLanguagesReadsInTheLanguageOfTheTranslation() {
        PortalI18nProvider i18n = new PortalI18nProvider();
        org.ticportal.policy.api.LocalizedText step = new org.ticportal.policy.api.LocalizedText("会议通过", "Passed");
        org.ticportal.policy.api.LocalizedText stage = new org.ticportal.policy.api.LocalizedText("复核", "Re-check");
        assertThat(i18n.getTranslation("workflow.notAvailable", java.util.Locale.ENGLISH, step, stage))
                .isEqualTo("Passed cannot be taken in stage Re-check");
        assertThat(i18n.getTranslation("workflow.notAvailable", PortalI18nProvider.CHINESE, step, stage))
                .isEqualTo("当前环节（复核）不能办理 会议通过");
    }
}
