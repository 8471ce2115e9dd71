package org.ticportal.core.plugin;

import java.io.File;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds real PF4J plugins in a temporary folder, as an outside developer would: Java sources compiled against the
 * plugin API and PF4J alone (nothing else of the portal is on the compiler's class path), resources, a
 * {@code plugin.properties} descriptor and an extension index, packed into a jar or laid out as a development folder
 * ({@code target/classes}).
 */
public final class TestPluginBuilder {

    /** The plugin template of the source tree, which outside developers copy. */
    public static final Path TEMPLATE = Path.of("..", "plugins", "template").toAbsolutePath().normalize();

    private final String id;
    private String version = "1.0.0";
    private String requires = ">=0.2.0 & <0.3.0";
    private String pluginClass;
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, byte[]> resources = new LinkedHashMap<>();
    private final List<String> extensions = new ArrayList<>();

    private TestPluginBuilder(String id) {
        this.id = id;
    }

    public static TestPluginBuilder plugin(String id) {
        return new TestPluginBuilder(id);
    }

    /**
     * The template plugin ({@code plugins/template}) as a developer copies it: its sources and resources, with the
     * given plugin id and version. {@code edit} may change a source before it is compiled (e.g. a new version's rule).
     */
    public static TestPluginBuilder fromTemplate(String id, String version,
                                                 java.util.function.UnaryOperator<String> edit) {
        TestPluginBuilder b = plugin(id).version(version);
        Path java = TEMPLATE.resolve("src/main/java");
        Path res = TEMPLATE.resolve("src/main/resources");
        try (Stream<Path> files = Files.walk(java); Stream<Path> rs = Files.walk(res)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String cls = java.relativize(f).toString().replace(File.separatorChar, '.').replaceAll("\\.java$", "");
                String src = edit.apply(Files.readString(f));
                b.sources.put(cls, src);
                if (src.contains("@Extension")) {
                    b.extensions.add(cls);
                }
                if (src.contains("extends Plugin")) {
                    b.pluginClass = cls;
                }
            }
            for (Path f : rs.filter(Files::isRegularFile).toList()) {
                String name = res.relativize(f).toString().replace(File.separatorChar, '/');
                if (!name.equals("plugin.properties")) {
                    b.resources.put(name, Files.readAllBytes(f));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return b;
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

    public TestPluginBuilder resource(String name, String content) {
        resources.put(name, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /**
     * A complete, minimal policy provider class: one center type, one county, a procedure DRAFT → RECOGNIZED, no
     * rules. {@code policyId} is its identity's id.
     */
    public static String policySource(String pkg, String className, String policyId) {
        return """
                package %1$s;
                import java.math.BigDecimal;
                import java.util.List;
                import java.util.Map;
                import java.util.Set;
                import org.ticportal.policy.api.*;
                import org.ticportal.policy.api.evaluation.*;
                import org.ticportal.policy.api.notice.*;
                import org.ticportal.policy.api.procedure.*;
                import org.ticportal.policy.api.rule.*;
                @org.pf4j.Extension
                public class %2$s implements PolicyProvider {
                    static LocalizedText t(String s) { return LocalizedText.of(s, s); }
                    public PolicyIdentity identity() {
                        return new PolicyIdentity("%3$s", "149900", LocalizedText.of("测试市", "Test City"),
                            LocalizedText.of("测试市技术创新中心管理办法", "Test measures"), "测科发〔2026〕1号",
                            LocalizedText.of("测试市科学技术局", "Test bureau"), null, PolicyStatus.FINAL);
                    }
                    public PolicyCatalogs catalogs() {
                        return new PolicyCatalogs(
                            List.of(new CenterType("FIELD", t("领域类"), t("说明"), false, "第一条")),
                            List.of(),
                            List.of(new RecommendingBody("149901", LocalizedText.of("甲县", "A County"),
                                RecommendingBodyKind.COUNTY, SubmissionChannel.RECOMMENDED, "第二条")));
                    }
                    public NamingRules naming() {
                        return new NamingRules("测试市{core}技术创新中心", Set.of(), List.of(), "第三条");
                    }
                    public List<EligibilityRule> eligibilityRules() { return List.of(); }
                    public Procedure procedure() {
                        return new Procedure("DRAFT", List.of(
                                Stage.of("DRAFT", t("填报"), StageKind.DRAFT, "第四条"),
                                Stage.of("RECOGNIZED", t("认定"), StageKind.RECOGNIZED, "第四条")),
                            List.of(Transition.of("SUBMIT", "DRAFT", "RECOGNIZED", t("提交"), Actor.APPLICANT,
                                "第四条")));
                    }
                    public NoticeRules notice() {
                        return new NoticeRules(5, true, "", new ObjectionRules(true, false, false, true, 0, t("异议")),
                            "第五条");
                    }
                    public EvaluationScheme evaluation() {
                        return new EvaluationScheme(3, List.of(), List.of(new Grade("PASS", t("合格"), BigDecimal.ZERO,
                            true)), (g, h, s) -> new EvaluationDecision(Outcome.RETAIN, false, t("保留")), t("保留"),
                            Map.of(), 6, "第六条");
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

    /** The compiler's class path: the plugin API and PF4J, nothing else of the test's class path. */
    static String apiClassPath() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(p -> p.contains("tic-portal-plugin-api") || p.replace('\\', '/').contains("plugins/api/target")
                        || p.replace('\\', '/').matches(".*/pf4j-[0-9][^/]*\\.jar"))
                .collect(Collectors.joining(File.pathSeparator));
    }

    private Path compile() {
        try {
            Path work = Files.createTempDirectory("plugin-" + id);
            Path src = work.resolve("src");
            Path classes = work.resolve("classes");
            Files.createDirectories(classes);
            List<String> args = new ArrayList<>(List.of("--release", "21", "-proc:none", "-encoding", "UTF-8", "-d",
                    classes.toString(), "-cp", apiClassPath()));
            for (var entry : sources.entrySet()) {
                Path file = src.resolve(entry.getKey().replace('.', '/') + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, entry.getValue());
                args.add(file.toString());
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            int rc = javac.run(null, null, null, args.toArray(String[]::new));
            if (rc != 0) {
                throw new IllegalStateException("test plugin " + id + " did not compile against the API alone");
            }
            for (var r : resources.entrySet()) {
                Path file = classes.resolve(r.getKey());
                Files.createDirectories(file.getParent());
                Files.write(file, r.getValue());
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
