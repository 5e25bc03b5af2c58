package org.esgledger.app.cli;

import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.report.ReportFormat;
import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.i18n.Message;
import org.esgledger.engine.report.Language;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The report's languages and formats as the command line reads and lists them: lower-case codes
 * ({@code zh}, {@code en}; {@code html}, {@code pdf}, …), read in any case; an unknown one is
 * refused in Chinese and English naming those there are.
 */
final class ReportChoices {

    private ReportChoices() {
    }

    /** Reads {@code zh} or {@code en}. */
    static final class Languages implements ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            return Language.ofCode(value).orElseThrow(() -> refused(AppMessages.of("report.language", value, String.join(", ", codes()))));
        }

        static List<String> codes() {
            return Stream.of(Language.values()).map(Language::code).toList();
        }
    }

    /** Lists the language codes, for {@code ${COMPLETION-CANDIDATES}} and shell completion. */
    static final class LanguageCodes implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Languages.codes().iterator();
        }
    }

    /** Reads a format's code: {@code html}, {@code pdf}, {@code docx}, {@code json} or {@code csv}. */
    static final class Formats implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            try {
                return ReportFormat.of(value);
            } catch (EsgException e) {
                throw refused(e.problem());
            }
        }
    }

    private static TypeConversionException refused(Message problem) {
        return new TypeConversionException(problem.zh() + System.lineSeparator() + problem.en());
    }
}
