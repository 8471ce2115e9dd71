package org.ticportal.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;

/**
 * The boundaries between core's feature packages ({@code application}, {@code catalog}, {@code form}, {@code unit},
 * {@code user} …): dependencies run one way, and each feature keeps its storage to itself — other features call its
 * service, which checks roles and scope.
 */
class CoreArchitectureTest {

    private static JavaClasses core;

    @BeforeAll
    static void importCore() {
        core = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.ticportal.core");
    }

    /** No cycles between feature packages. */
    static final ArchRule FEATURE_PACKAGES_FORM_NO_CYCLES = slices().matching("org.ticportal.core.(*)..")
            .namingSlices("$1").should().beFreeOfCycles()
            .because("a feature package depends on lower ones only, so that each can be read and changed alone");

    /** A Spring Data repository is used by classes of its own package only. */
    static final ArchRule REPOSITORIES_STAY_IN_THEIR_PACKAGE = classes().that().areInterfaces()
            .and().areAssignableTo(Repository.class)
            .should(beUsedOnlyInTheirOwnPackage())
            .because("other features go through the feature's service, which states roles and row scope");

    @Test
    void featurePackagesFormNoCycles() {
        FEATURE_PACKAGES_FORM_NO_CYCLES.check(core);
    }

    @Test
    void aRepositoryIsUsedOnlyInsideItsOwnPackage() {
        REPOSITORIES_STAY_IN_THEIR_PACKAGE.check(core);
    }

    @Test
    void theAuditTrailIsAppendOnly() {
        JavaClass trail = core.get("org.ticportal.core.audit.AuditEventRepository");
        assertThat(trail.isAssignableTo(org.springframework.data.repository.CrudRepository.class))
                .as("the audit trail's repository offers no CRUD").isFalse();
        assertThat(trail.getAllMethods()).extracting(m -> m.getName())
                .as("the audit trail is never updated or deleted").contains("save")
                .noneMatch(name -> name.startsWith("delete") || name.startsWith("update") || name.startsWith("remove"));
    }

    @Test
    void theRulesFindWhatTheyCheck() {
        // guard against a rule that passes because it sees nothing
        long repositories = core.stream().filter(c -> c.isInterface() && c.isAssignableTo(Repository.class)).count();
        assertThat(repositories).as("repositories found").isGreaterThan(10);
        assertThat(core.containPackage("org.ticportal.core.application")).isTrue();
    }

    private static ArchCondition<JavaClass> beUsedOnlyInTheirOwnPackage() {
        return new ArchCondition<>("be used only inside their own package") {
            @Override
            public void check(JavaClass repository, ConditionEvents events) {
                for (Dependency d : repository.getDirectDependenciesToSelf()) {
                    JavaClass user = d.getOriginClass();
                    if (!user.getPackageName().equals(repository.getPackageName())) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }
}
