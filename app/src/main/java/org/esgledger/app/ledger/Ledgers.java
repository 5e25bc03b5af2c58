package org.esgledger.app.ledger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.esgledger.app.catalogue.Catalogue;
import org.esgledger.app.fact.Facts;
import org.esgledger.app.i18n.AppMessages;
import org.esgledger.app.intake.SourceFile;
import org.esgledger.app.ledger.internal.BatchStore;
import org.esgledger.app.ledger.internal.EmployeeFigures;
import org.esgledger.app.ledger.internal.EmployeeRecordStore;
import org.esgledger.app.ledger.internal.SheetReader;
import org.esgledger.app.organisation.Organisation;
import org.esgledger.engine.i18n.EsgException;
import org.esgledger.engine.ledger.CellProblem;
import org.esgledger.engine.ledger.LedgerTable;
import org.esgledger.engine.ledger.RowResult;
import org.esgledger.engine.ledger.employees.Employee;
import org.esgledger.engine.ledger.employees.EmployeeLedger;
import org.esgledger.engine.organisation.OrganisationTree;
import org.esgledger.engine.organisation.ReportingEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Operating ledgers in: reads a ledger file, accepts or rejects every row with its reason, keeps
 * the accepted rows as a batch with full provenance, and recomputes the facts the ledger kind
 * yields. One transaction per import: a failure or a kill leaves nothing half-applied.
 */
@Service
public class Ledgers {

    /** Ledger kinds that can be imported so far. */
    public static final List<String> KINDS = List.of(EmployeeLedger.KIND);
    static final String IMPORTER_VERSION = "esg-ledger 0.1.0 / employees v1";

    private final BatchStore batches;
    private final EmployeeRecordStore employees;
    private final Organisation organisation;
    private final Catalogue catalogue;
    private final Facts facts;
    private final Clock clock;

    Ledgers(BatchStore batches, EmployeeRecordStore employees, Organisation organisation, Catalogue catalogue, Facts facts,
            Optional<Clock> clock) {
        this.batches = batches;
        this.employees = employees;
        this.organisation = organisation;
        this.catalogue = catalogue;
        this.facts = facts;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** A roster in the employees ledger's layout (Chinese headers, UTF-8 with BOM), as the importer reads it. */
    public static byte[] employeesCsv(List<Employee> roster) {
        return org.esgledger.app.ledger.internal.EmployeeCsv.write(roster);
    }

    /** The active records of a ledger kind, exported in its own layout: export → import gives the same records. */
    @Transactional(readOnly = true)
    public byte[] export(String kind) {
        if (!KINDS.contains(kind)) {
            throw new EsgException(AppMessages.of("ledger.unknownKind", kind, String.join(", ", KINDS)));
        }
        return employeesCsv(employees.active().stream().map(EmployeeRecordStore.Stored::employee).toList());
    }

    @Transactional
    public ImportReport importFile(String kind, SourceFile file, ImportOptions options) {
        if (!KINDS.contains(kind)) {
            throw new EsgException(AppMessages.of("ledger.unknownKind", kind, String.join(", ", KINDS)));
        }
        SheetReader.Sheet sheet = SheetReader.read(file);
        LedgerTable table = LedgerTable.read(sheet.rows(), EmployeeLedger.COLUMNS);
        OrganisationTree tree = organisation.tree();
        List<RowResult<Employee>> results = EmployeeLedger.read(table, text -> tree.entities().stream()
                .filter(e -> e.answersTo(text)).map(ReportingEntity::code).findFirst());
        List<Rejection> rejections = new ArrayList<>();
        List<EmployeeRecordStore.Stored> accepted = new ArrayList<>();
        for (RowResult<Employee> r : results) {
            if (r instanceof RowResult.Rejected<Employee> rejected) {
                String raw = String.join(",", sheet.rows().get(r.row() - 1));
                for (CellProblem p : rejected.problems()) {
                    rejections.add(new Rejection(r.row(), p.column(), p.reason().text(), raw));
                }
            } else if (r instanceof RowResult.Accepted<Employee> a) {
                accepted.add(new EmployeeRecordStore.Stored(0, a.row(), a.record()));
            }
        }
        List<String> skipped = table.skipped().stream().map(s -> s.number() + ":" + s.reason()).toList();
        List<String> ignored = table.header().unknown().stream()
                .map(h -> EmployeeLedger.PERSONAL_DATA_HEADERS.contains(h.toLowerCase(Locale.ROOT)) ? h + " (personal data, not read)" : h)
                .toList();
        List<BatchStore.Earlier> earlier = batches.activeSameFile(kind, file.shortName(), file.sha256());
        if (!earlier.isEmpty() && !options.replace()) {
            BatchStore.Earlier e = earlier.get(0);
            throw new EsgException(AppMessages.of(e.sha256().equals(file.sha256()) ? "ledger.sameFile" : "ledger.sameName",
                    file.shortName(), e.id(), e.loadedAt()));
        }
        if (options.dryRun()) {
            return new ImportReport(kind, file.shortName(), file.sha256(), sheet.encoding(), table.header().row(), Optional.empty(),
                    true, accepted.size(), rejections, skipped, ignored, earlier.stream().findFirst().map(BatchStore.Earlier::id), 0);
        }
        Instant now = clock.instant();
        int rejectedRows = (int) rejections.stream().map(Rejection::row).distinct().count();
        long batch = batches.create(kind, file.shortName(), file.sha256(), sheet.encoding(), IMPORTER_VERSION, options.by(), now,
                accepted.size(), rejectedRows, skipped.size());
        for (BatchStore.Earlier e : earlier) {
            batches.supersede(e.id(), batch, "replaced by " + file.shortName());
        }
        employees.save(batch, accepted);
        batches.saveRejections(batch, rejections);
        Set<String> indicators = catalogue.indicators().stream().map(i -> i.code()).collect(Collectors.toSet());
        var computed = EmployeeFigures.of(employees.active(), tree.root().map(ReportingEntity::code).orElseThrow(), indicators);
        facts.putComputed(computed, options.by());
        return new ImportReport(kind, file.shortName(), file.sha256(), sheet.encoding(), table.header().row(), Optional.of(batch),
                false, accepted.size(), rejections, skipped, ignored, earlier.stream().findFirst().map(BatchStore.Earlier::id),
                computed.size());
    }
}
