package org.ticportal.core.plugin;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds real PF4J plugins in a temporary folder, as an outside developer would: Java sources compiled against the
 * plugin API alone, a {@code plugin.properties} descriptor and an extension index, packed into a jar or laid out as
 * a development folder ({@code target/classes}).
 */
public final class TestPluginBuilder {

    private final String id;
    private String version = "1.0.0";
    private String requires = ">=0.1.0 & <0.2.0";
    private String pluginClass;
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final List<String> extensions = new ArrayList<>();

    private TestPluginBuilder(String id) {
        this.id = id;
    }

    public static TestPluginBuilder plugin(String id) {
        return new TestPluginBuilder(id);
    }

    public TestPluginBuilder version(String v) {
        this.version = v;
        return this;
    }

    public TestPluginBuilder requires(String range) {
        this.requires = range;
        return this;
    }

    public TestPluginBuilder pluginClass(String className, String source) {
        this.pluginClass = className;
        sources.put(className, source);
        return this;
    }

    public TestPluginBuilder extension(String className, String source) {
        extensions.add(className);
        sources.put(className, source);
        return this;
    }

    public TestPluginBuilder source(String className, String source) {
        sources.put(className, source);
        return this;
    }

    /** A policy provider class whose identity has the given policy id; {@code body} may replace the methods. */
    public static String policySource(String pkg, String className, String policyId) {
        return """
                package %1$s;
                import java.util.List;
                import org.ticportal.policy.api.*;
                @org.pf4j.Extension
                public class %2$s implements PolicyProvider {
                    public PolicyIdentity identity() {
                        return new PolicyIdentity("%3$s", "149900", LocalizedText.of("测试市", "Test City"),
                            LocalizedText.of("测试市技术创新中心管理办法", "Test measures"), "测科发〔2026〕1号",
                            LocalizedText.of("测试市科学技术局", "Test bureau"), null, PolicyStatus.FINAL);
                    }
                    public PolicyCatalogs catalogs() {
                        return new PolicyCatalogs(
                            List.of(new CenterType("FIELD", LocalizedText.of("领域类", "Field"),
                                LocalizedText.of("说明", "About"), false, "第一条")),
                            List.of(),
                            List.of(new RecommendingBody("149901", LocalizedText.of("甲县", "A County"),
                                RecommendingBodyKind.COUNTY, SubmissionChannel.RECOMMENDED, "第二条")));
                    }
                }
                """.formatted(pkg, className, policyId);
    }

    /** Writes {@code <dir>/<id>-<version>.jar}. */
    public Path buildJar(Path dir) {
        Path classes = compile();
        Path jar = dir.resolve(id + "-" + version + ".jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out);
             Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                zip.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jar;
    }

    /** Writes {@code <dir>/<id>/target/classes}, as a plugin module in a source checkout looks after a build. */
    public Path buildDevelopmentFolder(Path dir) {
        Path classes = compile();
        Path target = dir.resolve(id).resolve("target").resolve("classes");
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path to = target.resolve(classes.relativize(file).toString());
                Files.createDirectories(to.getParent());
                Files.copy(file, to);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir.resolve(id);
    }

    private Path compile() {
        try {
            Path work = Files.createTempDirectory("plugin-" + id);
            Path src = work.resolve("src");
            Path classes = work.resolve("classes");
            Files.createDirectories(classes);
            List<String> args = new ArrayList<>(List.of("--release", "21", "-proc:none", "-d", classes.toString(),
                    "-cp", System.getProperty("java.class.path")));
            for (var entry : sources.entrySet()) {
                Path file = src.resolve(entry.getKey().replace('.', '/') + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, entry.getValue());
                args.add(file.toString());
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            int rc = javac.run(null, null, null, args.toArray(String[]::new));
            if (rc != 0) {
                throw new IllegalStateException("test plugin " + id + " did not compile");
            }
            StringBuilder props = new StringBuilder()
                    .append("plugin.id=").append(id).append('\n')
                    .append("plugin.version=").append(version).append('\n')
                    .append("plugin.requires=").append(requires).append('\n')
                    .append("plugin.provider=Test\n");
            if (pluginClass != null) {
                props.append("plugin.class=").append(pluginClass).append('\n');
            }
            Files.writeString(classes.resolve("plugin.properties"), props, StandardCharsets.ISO_8859_1);
            Path index = classes.resolve("META-INF/extensions.idx");
            Files.createDirectories(index.getParent());
            Files.writeString(index, String.join("\n", extensions) + "\n");
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
