package org.ticportal.core.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ticportal.core.plugin.TestPluginBuilder.plugin;
import static org.ticportal.core.plugin.TestPluginBuilder.policySource;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.ticportal.policy.api.LocalizedText;

/**
 * Malformed plugin files an administrator may upload: each is refused with one reason in Chinese and English that
 * says what is wrong, nothing of it stays installed or in the trial folder, and no stack trace reaches the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class PluginValidatorTest {

    @TempDir
    Path plugins;
    @TempDir
    Path data;
    @TempDir
    Path work;

    private PluginCandidate validate(Path file) throws IOException {
        PluginInstaller installer = new PluginInstaller(
                new PluginProperties(plugins, PluginProperties.Mode.DEPLOYMENT, null), data);
        PluginRuntime runtime = installer.runtime();
        String token = UUID.randomUUID().toString();
        Path staged = Files.createDirectories(installer.stagingDir().resolve(token)).resolve(file.getFileName());
        Files.copy(file, staged);
        PluginCandidate candidate = new PluginValidator(runtime).validate(token, staged, List.of());
        try (Stream<Path> left = Files.list(staged.getParent())) {
            assertThat(left).as("the trial folder is gone; only the upload waits").containsExactly(staged);
        }
        assertThat(runtime.version("broken")).as("nothing installed").isNull();
        return candidate;
    }

    private static LocalizedText onlyProblem(PluginCandidate candidate) {
        assertThat(candidate.installable()).isFalse();
        assertThat(candidate.problems()).hasSize(1);
        return candidate.problems().get(0);
    }

    private static void assertQuiet(CapturedOutput output) {
        assertThat(output.getAll()).as("no stack trace in the log").doesNotContain("\tat ")
                .doesNotContain("ZipException").doesNotContain("ClassFormatError");
    }

    /** A good plugin jar whose entries {@code change} may replace (new bytes) or drop ({@code null}). */
    private Path brokenCopy(BiFunction<String, byte[], byte @Nullable []> change) throws IOException {
        Path good = plugin("broken").extension("b.BrokenPolicy", policySource("b", "BrokenPolicy", "broken"))
                .buildJar(Files.createDirectories(work.resolve("good")));
        Path jar = work.resolve("broken-1.0.0.jar");
        try (ZipFile in = new ZipFile(good.toFile()); OutputStream out = Files.newOutputStream(jar);
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry : in.stream().toList()) {
                byte[] bytes = change.apply(entry.getName(), in.getInputStream(entry).readAllBytes());
                if (bytes != null) {
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    zip.write(bytes);
                    zip.closeEntry();
                }
            }
        }
        return jar;
    }

    @Test
    void aFileThatIsNoArchiveIsRefusedAsSuch(CapturedOutput output) throws Exception {
        Path file = Files.writeString(work.resolve("broken-1.0.0.jar"), "this is not a zip");

        LocalizedText problem = onlyProblem(validate(file));

        assertThat(problem.get(Locale.SIMPLIFIED_CHINESE)).contains("不是 jar 或 zip 压缩包");
        assertThat(problem.get(Locale.ENGLISH)).contains("not a jar or zip archive");
        assertQuiet(output);
    }

    @Test
    void anArchiveWithoutADescriptorIsRefusedNamingWhatIsMissing(CapturedOutput output) throws Exception {
        Path file = work.resolve("broken-1.0.0.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("README.txt"));
            zip.write("a zip, but no plugin".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        LocalizedText problem = onlyProblem(validate(file));

        assertThat(problem.get(Locale.SIMPLIFIED_CHINESE)).contains("没有插件描述", "plugin.properties", "Plugin-Id");
        assertThat(problem.get(Locale.ENGLISH)).contains("no plugin descriptor", "plugin.properties");
        assertQuiet(output);
    }

    @Test
    void aJarWhoseClassesDoNotLoadIsRefusedSayingSo(CapturedOutput output) throws Exception {
        Path file = brokenCopy((name, bytes) -> name.endsWith(".class")
                ? "not byte code".getBytes(StandardCharsets.US_ASCII) : bytes);

        LocalizedText problem = onlyProblem(validate(file));

        assertThat(problem.get(Locale.SIMPLIFIED_CHINESE)).contains("类 b.BrokenPolicy 无法加载", "ClassFormatError");
        assertThat(problem.get(Locale.ENGLISH)).contains("class b.BrokenPolicy cannot be loaded");
        assertQuiet(output);
    }

    @Test
    void aJarMissingAClassItsExtensionNeedsIsRefusedSayingSo(CapturedOutput output) throws Exception {
        Path file = brokenCopy((name, bytes) -> name.equals("b/BrokenPolicy.class") ? null : bytes);

        LocalizedText problem = onlyProblem(validate(file));

        assertThat(problem.get(Locale.SIMPLIFIED_CHINESE)).contains("类 b.BrokenPolicy 无法加载",
                "ClassNotFoundException");
        assertThat(problem.get(Locale.ENGLISH)).contains("class b.BrokenPolicy cannot be loaded");
        assertQuiet(output);
    }
}
