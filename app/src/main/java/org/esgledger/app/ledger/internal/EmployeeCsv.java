package org.esgledger.app.ledger.internal;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import org.esgledger.app.intake.FormulaGuard;
import org.esgledger.engine.ledger.employees.Employee;
import org.esgledger.engine.ledger.employees.EmployeeLedger;

/**
 * Writes a roster in the employees ledger's own layout: the template's Chinese headers and Chinese
 * words for coded values, UTF-8 with BOM so that Excel on Chinese Windows opens it correctly. What
 * this writes, the importer reads back to the same records.
 */
public final class EmployeeCsv {

    private EmployeeCsv() {
    }

    public static byte[] write(List<Employee> roster) {
        StringWriter out = new StringWriter();
        try (CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.CRLF).build(out)) {
            write(csv, roster);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        byte[] body = out.toString().getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        return withBom;
    }

    private static void write(CsvWriter csv, List<Employee> roster) {
        csv.writeRecord(EmployeeLedger.COLUMNS.stream().map(c -> c.header().zh()).toList());
        for (Employee e : roster) {
            csv.writeRecord(List.of(
                    safe(e.id()), safe(e.entity()), EmployeeLedger.GENDER.label(e.gender()), String.valueOf(e.birthYear()),
                    EmployeeLedger.EDUCATION.label(e.education()), EmployeeLedger.JOB_FAMILY.label(e.function()),
                    EmployeeLedger.YES_NO.label(e.rdStaff() ? "yes" : "no"), e.hired().toString(),
                    EmployeeLedger.HIRE_CHANNEL.label(e.hireChannel()), e.left().map(Object::toString).orElse(""),
                    safe(e.leaveReason()),
                    e.parentalLeave().map(p -> EmployeeLedger.PARENTAL_LEAVE.label(p.kind())).orElse(""),
                    e.parentalLeave().map(p -> p.start().toString()).orElse(""),
                    e.parentalLeave().flatMap(Employee.ParentalLeave::returned).map(Object::toString).orElse("")));
        }
    }

    private static String safe(String cell) {
        return FormulaGuard.defuse(cell);
    }
}
