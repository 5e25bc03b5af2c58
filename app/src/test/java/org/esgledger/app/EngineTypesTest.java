package org.esgledger.app;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.properties.HasName.Predicates.name;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.esgledger.engine.check.Severity;
import org.esgledger.engine.fact.FactStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;

/**
 * Statuses and severities cross the application as the engine's enums, not as strings: no field
 * or record component and no accessor named for a status or severity holds a {@code String}, and
 * no code compares an enum with {@code equals} (an enum never equals the code it is written as,
 * {@code == } says what is meant). Codes become strings at the edges only: the stores, the
 * command line's output, the data pack.
 */
@DisabledIfEnvironmentVariable(named = "ESG_DB_URL", matches = ".+", disabledReason = "reads the code, not the store: runs in CI's embedded pass, not again on the external server")
class EngineTypesTest {

    private static final String STATUS = "(?i).*(status|severity).*";

    static final ArchRule NO_STRING_STATUS_FIELDS = noFields().that().haveNameMatching(STATUS)
            .should().haveRawType(String.class)
            .because("a status or severity is an engine enum (FactStatus, TargetStatus.State, Severity), a string only at the edges");

    static final ArchRule NO_STRING_STATUS_ACCESSORS = noMethods().that().haveNameMatching(STATUS)
            .should().haveRawReturnType(String.class)
            .because("a status or severity is an engine enum (FactStatus, TargetStatus.State, Severity), a string only at the edges");

    static final ArchRule NO_ENUM_EQUALS = noClasses().should()
            .callMethodWhere(target(name("equals")).and(target(owner(assignableTo(Enum.class)))))
            .because("an enum compared with equals compiles against a String too and is then silently false: compare with ==");

    private static final JavaClasses app = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.esgledger.app");

    @Test
    void noStatusOrSeverityIsHeldAsAString() {
        NO_STRING_STATUS_FIELDS.check(app);
    }

    @Test
    void noStatusOrSeverityIsReturnedAsAString() {
        NO_STRING_STATUS_ACCESSORS.check(app);
    }

    @Test
    void noEnumIsComparedWithEquals() {
        NO_ENUM_EQUALS.check(app);
    }

    @Test
    void theRulesCatchAStringStatusAndAStatusComparedAsText() {
        JavaClasses wrong = new ClassFileImporter().importClasses(StringlyFinding.class, TextComparison.class);
        assertThatThrownBy(() -> NO_STRING_STATUS_FIELDS.check(wrong)).hasMessageContaining("StringlyFinding.severity");
        assertThatThrownBy(() -> NO_STRING_STATUS_ACCESSORS.check(wrong)).hasMessageContaining("StringlyFinding.severity()");
        assertThatThrownBy(() -> NO_ENUM_EQUALS.check(wrong)).hasMessageContaining("TextComparison.locked");
    }

    /** What the rules forbid: a severity as a string. */
    record StringlyFinding(String rule, String severity) {
    }

    /** What the rules forbid: an enum compared with the code it is written as (always false). */
    static final class TextComparison {
        @SuppressWarnings("unlikely-arg-type")
        static boolean locked(FactStatus status) {
            return status.equals("locked") || Severity.INFO.equals(status);
        }
    }
}
