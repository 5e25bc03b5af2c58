package org.esgledger.engine;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The engine is plain Java: usable from the CLI, a test or a distributed job without Spring or a database. */
@AnalyzeClasses(packages = "org.esgledger.engine", importOptions = ImportOption.DoNotIncludeTests.class)
class EngineArchitectureTest {

    @ArchTest
    static final ArchRule noSpring = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("org.springframework..")
            .because("the engine must run without Spring");

    @ArchTest
    static final ArchRule noJdbc = noClasses().should().dependOnClassesThat()
            .resideInAnyPackage("java.sql..", "javax.sql..", "org.postgresql..", "org.flywaydb..")
            .because("the engine does no SQL: the app stores its results");

    @ArchTest
    static final ArchRule noFloatingPoint = noClasses().should().dependOnClassesThat()
            .haveFullyQualifiedName("java.lang.Double")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.lang.Float")
            .because("reported values are BigDecimal, never double");

    @ArchTest
    static final ArchRule evalExStaysInTheSandbox = noClasses().that().resideOutsideOfPackage("org.esgledger.engine.formula..")
            .should().dependOnClassesThat().resideInAnyPackage("com.ezylang..")
            .because("formulas are evaluated only through the formula package's closed set of functions");
}
