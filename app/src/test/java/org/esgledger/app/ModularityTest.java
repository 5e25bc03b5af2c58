package org.esgledger.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.springframework.modulith.core.ApplicationModules;

/** Each module's root package is its API; its internals are hidden from the other modules. */
@DisabledIfEnvironmentVariable(named = "ESG_DB_URL", matches = ".+", disabledReason = "reads the code, not the store: runs in CI's embedded pass, not again on the external server")
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(EsgLedger.class);

    @Test
    void modulesOnlyUseEachOthersApi() {
        modules.verify();
    }

    @Test
    void noJpaAndNoFloatingPointInTheApplication() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.esgledger.app");
        noClasses().should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..")
                .because("persistence is plain SQL through JdbcClient").check(classes);
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.lang.Double")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.Float")
                .because("reported values are BigDecimal").check(classes);
    }
}
