package org.cablearchive;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.core.domain.properties.HasReturnType.Predicates.rawReturnType;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.base.DescribedPredicate.describe;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.cablearchive.records.domain.Document;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The modules keep to their public APIs; the diagram of them is written to target/spring-modulith-docs. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(CableArchiveApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    /**
     * The one module that may see the document entity ({@code search}, to map it to the index) only reads it: a
     * document changes through {@code DocumentEditing}, which keeps revisions, the audit trail and masking in step.
     * Its state-changing methods are package-private besides; this holds should one become public.
     */
    @Test
    void noModuleButRecordsChangesADocument() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.cablearchive");
        noClasses().that().resideOutsideOfPackage("org.cablearchive.records..")
                .should().callMethodWhere(target(owner(describe("the document", c -> c.isEquivalentTo(Document.class))))
                        .and(target(rawReturnType(void.class))))
                .because("documents change through DocumentEditing (revisions, audit trail, masking), never directly")
                .check(classes);
    }

    @Test
    void writesTheModuleDiagram() {
        new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
    }
}
