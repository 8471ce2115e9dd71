package org.ticportal;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.nio.file.Files;
import java.nio.file.Path;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import org.junit.jupiter.api.Test;

/**
 * The module boundaries: core knows no Vaadin; the policy API knows no Spring, JPA or Vaadin; policy plugins use the
 * API (and PF4J) only, never the portal's core or UI.
 */
class ArchitectureTest {

    private static final Path ROOT = Path.of(System.getProperty("portal.root", "..")).toAbsolutePath().normalize();

    private static JavaClasses classesOf(String module) {
        Path classes = ROOT.resolve(module).resolve("target/classes");
        if (!Files.isDirectory(classes)) {
            throw new IllegalStateException(classes + " is not built; run the whole build (mvnw verify)");
        }
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPath(classes);
    }

    @Test
    void coreImportsNoVaadin() {
        noClasses().should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .because("core holds domain and services; the UI is a separate module")
                .check(classesOf("core"));
    }

    @Test
    void viewsReachPoliciesThroughServicesNeverThroughPluginObjects() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("org.ticportal.core.plugin.PolicyProviders")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.ticportal.policy.api.PolicyProvider")
                .orShould().dependOnClassesThat().resideInAPackage("org.pf4j..")
                .because("views call services, which check roles; plugin objects must never be kept by a screen")
                .check(classesOf("ui"));
    }

    @Test
    void thePolicyApiIsPlainJava() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta.persistence..",
                "com.vaadin..", "org.hibernate..")
                .because("another city's developer implements it with plain Java")
                .check(classesOf("plugins/api"));
    }

    @Test
    void policyPluginsDependOnTheApiOnly() throws Exception {
        try (var dirs = Files.list(ROOT.resolve("plugins"))) {
            for (Path plugin : dirs.filter(d -> !d.getFileName().toString().equals("api"))
                    .filter(d -> Files.isDirectory(d.resolve("target/classes"))).toList()) {
                noClasses().should().dependOnClassesThat().resideInAnyPackage("org.ticportal.core..",
                                "org.ticportal.ui..", "org.springframework..", "jakarta..", "com.vaadin..")
                        .because("a policy plugin depends on plugins/api only")
                        .check(classesOf("plugins/" + plugin.getFileName()));
            }
        }
    }
}
