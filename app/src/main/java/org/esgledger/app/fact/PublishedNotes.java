package org.esgledger.app.fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.esgledger.app.fact.internal.PublishedNoteStore;
import org.esgledger.app.intake.CsvTable;
import org.esgledger.app.intake.Problems;
import org.esgledger.app.intake.SourceFile;
import org.esgledger.engine.i18n.Bilingual;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notes on published figures ({@code docs/formats/published-notes.md}): for a figure a report
 * printed, why the system's value differs or cannot be computed, kept beside the published figure
 * (ADR 0006) and printed by the next report as a footnote.
 */
@Service
public class PublishedNotes {

    static final Set<String> REQUIRED = Set.of("indicator", "entity", "period", "report_zh", "report_en", "reason_zh", "reason_en");
    static final Set<String> OPTIONAL = Set.of("breakdown", "nature", "source");

    private final PublishedNoteStore store;

    PublishedNotes(PublishedNoteStore store) {
        this.store = store;
    }

    /** Records the notes of a file on the figures {@code report} published; a row naming no published figure is refused. */
    @Transactional
    public int load(SourceFile file, String report) {
        Problems problems = new Problems(file.shortName());
        CsvTable table = CsvTable.read(file, REQUIRED, OPTIONAL, problems);
        problems.throwIfAny();
        List<PublishedNote> notes = new ArrayList<>();
        for (CsvTable.Row r : table.rows()) {
            String nature = r.has("nature") ? r.get("nature") : "actual";
            var factId = store.factId(report, r.get("indicator"), r.get("entity"), r.get("period"), r.get("breakdown"), nature);
            if (factId.isEmpty()) {
                problems.add(r.line(), "indicator", "published.unknown", r.get("indicator") + "@" + r.get("entity") + "@" + r.get("period")
                        + (r.get("breakdown").isEmpty() ? "" : "[" + r.get("breakdown") + "]"), report);
                continue;
            }
            for (String column : List.of("report_zh", "report_en", "reason_zh", "reason_en")) {
                if (r.get(column).isBlank()) {
                    problems.add(r.line(), column, "value.missing");
                }
            }
            notes.add(new PublishedNote(report, factId.get(), Bilingual.of(r.get("report_zh"), r.get("report_en")),
                    Bilingual.of(r.get("reason_zh"), r.get("reason_en")), r.get("source")));
        }
        problems.throwIfAny();
        notes.forEach(store::save);
        return notes.size();
    }

    /** Every note, by report and fact id. */
    @Transactional(readOnly = true)
    public List<PublishedNote> all() {
        return store.all();
    }
}
