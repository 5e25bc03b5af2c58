package org.esgledger.app.assurance.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.esgledger.app.audit.ChainHead;
import org.esgledger.app.calculation.SnapshotView;
import org.esgledger.app.report.Json;

/** The pack's description: {@value #JSON} (what it is, for a program) and {@value #TEXT} (how to check it, for a person, zh and en). */
public final class PackReadme {

    public static final String JSON = "pack.json";
    public static final String TEXT = "README.txt";

    /** What the pack holds: the year, its snapshot, who made it and when, the audit chain's head, how many of each. */
    public record About(int year, SnapshotView snapshot, String madeBy, Instant madeAt, ChainHead head, Map<String, Integer> counts) {
    }

    private PackReadme() {
    }

    public static String json(About a) {
        Map<String, Object> pack = new LinkedHashMap<>();
        pack.put("format", "esg-ledger-assurance-pack");
        pack.put("format_version", "1");
        pack.put("fiscal_year", a.year());
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", a.snapshot().id());
        s.put("fingerprint", a.snapshot().fingerprint());
        s.put("content_sha256", a.snapshot().contentSha256());
        s.put("computed_by", a.snapshot().computedBy());
        s.put("computed_at", a.snapshot().computedAt().toString());
        s.put("frozen", a.snapshot().frozen());
        pack.put("snapshot", s);
        pack.put("made_by", a.madeBy());
        pack.put("made_at", a.madeAt().toString());
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("seq", a.head().seq());
        head.put("sha256", a.head().sha256());
        pack.put("audit_head", head);
        pack.put("counts", new LinkedHashMap<String, Object>(a.counts()));
        pack.put("manifest", PackZip.MANIFEST);
        return Json.write(pack);
    }

    public static String text(About a) {
        int y = a.year();
        return """
                ESG Ledger 鉴证资料包 / assurance pack — FY%1$d
                快照 / snapshot #%2$d (fingerprint %3$s)
                制作人 / made by: %4$s, %5$s
                审计链头 / audit chain head: %6$s

                datapack-%1$d.json, datapack-%1$d.csv   数据包（与报告的数据包相同）/ the data pack, as the report writes it
                lineage-%1$d.json                      每个值的来源（同 esg explain）/ the lineage of every value (as esg explain)
                lineage-rows-%1$d.csv                  计算值所计入的台账行 / the ledger rows each computed value counts
                ledger-batches-%1$d.csv                台账批次及文件 SHA-256 / the ledger batches with their files' SHA-256
                audit-events.csv                       审计链（至上述链头）/ the audit chain up to the head above
                evidence-%1$d.csv, evidence/           证据文件（已按 SHA-256 校验）/ the evidence files, checked against their SHA-256
                pack.json                              本包说明 / what this pack is
                MANIFEST.sha256                        每个文件的 SHA-256 / every file's SHA-256

                校验 / check:  sha256sum -c MANIFEST.sha256
                审计链 / audit chain:  esg audit verify --head %6$s
                """.formatted(y, a.snapshot().id(), a.snapshot().fingerprint(), a.madeBy(), a.madeAt(), a.head());
    }
}
