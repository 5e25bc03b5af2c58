package org.esgledger.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.esgledger.app.readiness.ReadinessReport;
import org.esgledger.engine.catalogue.Codes;
import org.esgledger.engine.check.Severity;
import org.esgledger.engine.fact.FactStatus;
import org.esgledger.engine.ledger.donations.DonationLedger;
import org.esgledger.engine.ledger.emissions.EmissionsLedger;
import org.esgledger.engine.ledger.employees.EmployeeLedger;
import org.esgledger.engine.ledger.energy.EnergyLedger;
import org.esgledger.engine.ledger.safety.SafetyLedger;
import org.esgledger.engine.ledger.suppliers.SupplierLedger;
import org.esgledger.engine.ledger.surveys.SurveyLedger;
import org.esgledger.engine.ledger.training.TrainingLedger;
import org.esgledger.engine.ledger.waste.WasteLedger;
import org.junit.jupiter.api.Test;

/** Every label of the web application in Chinese and English, and every label a page names in the bundle. */
class WebLabelsTest {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern LITERAL_KEY = Pattern.compile("#\\{(web\\.[A-Za-z0-9.]+)");

    @Test
    void everyLabelHasBothLanguagesAndDoubledApostrophes() throws IOException {
        Properties en = load("/org/esgledger/app/web/labels.properties");
        Properties zh = load("/org/esgledger/app/web/labels_zh.properties");
        assertThat(new TreeSet<>(zh.stringPropertyNames())).isEqualTo(new TreeSet<>(en.stringPropertyNames()));
        for (Properties p : List.of(en, zh)) {
            for (String key : p.stringPropertyNames()) {
                assertThat(p.getProperty(key).replace("''", "")).as(key).doesNotContain("'");
                assertThat(key).startsWith("web.");
            }
        }
    }

    @Test
    void everyLabelAPageNamesExists() throws IOException {
        Properties en = load("/org/esgledger/app/web/labels.properties");
        List<String> named = new ArrayList<>();
        try (Stream<Path> pages = Files.list(TEMPLATES)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = LITERAL_KEY.matcher(Files.readString(page, StandardCharsets.UTF_8));
                while (m.find()) {
                    named.add(m.group(1));
                }
            }
        }
        assertThat(named).hasSizeGreaterThan(50);
        // the keys the pages build from a code
        Stream.of(FactStatus.values()).forEach(s -> named.add("web.status." + Codes.code(s)));
        Stream.of(Severity.values()).forEach(s -> named.add("web.severity." + Codes.code(s)));
        Stream.of(ReadinessReport.FigureState.values()).forEach(s -> named.add("web.figure." + s.name().toLowerCase(Locale.ROOT)));
        Stream.of("zh", "en").forEach(l -> named.add("web.layout.languageName." + l));
        Stream.of(EmployeeLedger.KIND, TrainingLedger.KIND, WasteLedger.KIND, DonationLedger.KIND, SupplierLedger.KIND, SurveyLedger.KIND,
                SafetyLedger.KIND, EnergyLedger.KIND, EmissionsLedger.KIND).forEach(k -> named.add("web.ledger." + k));
        assertThat(named).allSatisfy(key -> assertThat(en.getProperty(key)).as(key).isNotNull());
    }

    private static Properties load(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = WebLabelsTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
