package org.esgledger.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.esgledger.app.audit.Actor;
import org.esgledger.app.audit.UntilNextChange;
import org.esgledger.app.catalogue.CatalogueLoader;
import org.esgledger.app.demo.DemoWorkspace;
import org.esgledger.app.intake.SourceFile;
import org.esgledger.app.organisation.Organisation;
import org.esgledger.app.setup.WorkspaceSetup;
import org.esgledger.app.workspace.WorkspaceStore;
import org.junit.jupiter.api.Assumptions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * The one way tests open a workspace.
 *
 * <ul>
 * <li>An integration test on the store is a {@link StoreTest}: every such test class shares one
 * Spring context on the workspace {@value #STORE}. It autowires this class and starts with
 * {@link #demo()} when it only reads the demo, or {@link #demoToChange()} when it writes (loads,
 * imports, computes, refreshes). Either way it finds the demo exactly as {@code esg demo} builds it.</li>
 * <li>A test that needs other settings of the application (a property) has its own context and
 * workspace, {@code @SpringBootTest(properties = "esg.workspace=" + TestWorkspaces.ROOT + "NAME", …)}
 * with {@code @Import(TestWorkspaces.class)}.</li>
 * <li>A test that runs the command line, in this JVM or as a child process, opens a workspace of its
 * own with {@link #folder(String)}: the shared store's workspace is held by this JVM's context.</li>
 * <li>Only the tests of the embedded server itself start servers in {@code @TempDir} folders.</li>
 * </ul>
 *
 * <p>The demo is built once per JVM ({@code DemoWorkspace.refresh(true)}) and then copied, table by
 * table, into a schema {@code esg_test_demo_N} of the same database (one per Spring context; a schema
 * left by an earlier run is dropped). A test that changes the demo marks it; the next test that asks
 * for the demo gets it copied back from that template (truncate, insert in foreign-key order,
 * sequences set as they were): about a second, where a rebuild takes two to eight (measured on the
 * shared 2-core machine). As a safety net the demo is copied back too when the row counts or the
 * latest timestamps of its tables differ from the template's, so that a test that writes without
 * saying so, or a command-line test on the same external database, cannot leave its changes to the
 * next test. The files the demo writes into the workspace ({@code ledgers/}) are not copied: no test
 * changes them. Nor is the audit trail ({@code audit_event}): append-only, its rows cannot be removed
 * (docs/audit.md), so it only grows, over tests and runs; a test reads the events it recorded by their
 * seq or actor, never the whole trail.
 */
public class TestWorkspaces {

    /** Where the tests' workspaces live. */
    public static final String ROOT = "target/test-workspaces/";
    /** The workspace of every {@link StoreTest}. */
    public static final String STORE = ROOT + "store";
    /** The schemas holding the copies of the demo: one per Spring context, as contexts may share an external database. */
    static final String TEMPLATES = "esg_test_demo_";
    private static final AtomicInteger CONTEXTS = new AtomicInteger();
    private static final Set<String> IN_USE = ConcurrentHashMap.newKeySet();

    private final DemoWorkspace demo;
    private final Company company;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final String template = TEMPLATES + CONTEXTS.incrementAndGet();
    /** Tables in an order that inserts parents before children; empty until the demo is built. */
    private List<String> tables = List.of();
    /** Per table the columns that can be inserted (not generated), quoted. */
    private final Map<String, String> columns = new HashMap<>();
    private final Map<String, Long> sequences = new LinkedHashMap<>();
    private Map<String, String> stamp = Map.of();
    private boolean changed;
    /** What the application kept until the next recorded change: forgotten when the demo is copied back (no change recorded). */
    private final UntilNextChange kept;

    TestWorkspaces(DemoWorkspace demo, WorkspaceStore store, WorkspaceSetup setup, CatalogueLoader catalogue, Organisation organisation,
                   JdbcClient jdbc, PlatformTransactionManager transactions, UntilNextChange kept) {
        this.kept = kept;
        this.demo = demo;
        this.company = new Company(store, setup, catalogue, organisation);
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** A workspace folder of its own for a test that runs the command line (created by the command when missing). */
    public static Path folder(String name) {
        return Path.of(ROOT + name);
    }

    /**
     * A workspace folder of its own, emptied (an embedded store left by an earlier run goes with it): for
     * a command-line test of a company's workspace that must start from nothing. Only on the embedded
     * store: an external server ({@code ESG_DB_URL}) is shared with the demo's tests, so such a test is
     * skipped there ({@link #embeddedOnly()}).
     */
    public static Path emptyFolder(String name) throws IOException {
        Path folder = folder(name);
        FileSystemUtils.deleteRecursively(folder);
        Files.createDirectories(folder);
        return folder;
    }

    /** Skips a test that needs a store of its own when the tests run on an external server. */
    public static void embeddedOnly() {
        Assumptions.assumeTrue(System.getenv("ESG_DB_URL") == null,
                "a fresh workspace needs a store of its own: an external server (ESG_DB_URL) is shared with the demo's tests");
    }

    /** The demo, for a test that only reads it. */
    public synchronized void demo() {
        if (tables.isEmpty()) {
            build();
        } else if (changed || !stamp().equals(stamp)) {
            restore();
        }
        changed = false;
    }

    /** The demo, for a test that changes it: the next test that asks for the demo gets it as built. */
    public synchronized void demoToChange() {
        demo();
        changed = true;
    }

    /**
     * The production set-up with the demo's organisation and breakdown members, and no data at all: for a
     * test of its own context that imports a few rows and needs no demo figures (set up in well under a
     * second, where building the demo takes fifteen). The next test that asks for the demo gets it back.
     */
    public synchronized void organisationOnly() {
        transaction.executeWithoutResult(s -> company.organisationOnly());
        kept.forgetAll();
        changed = true;
    }

    private record Company(WorkspaceStore store, WorkspaceSetup setup, CatalogueLoader catalogue, Organisation organisation) {
        void organisationOnly() {
            store.empty();
            setup.apply(Actor.demo());
            catalogue.loadDimensions(SourceFile.resource("demo/dimensions.csv"), Actor.demo());
            organisation.loadEntities(SourceFile.resource("demo/entities.csv"), Actor.demo());
        }
    }

    private void build() {
        demo.refresh(true);
        transaction.executeWithoutResult(s -> {
            List<String> all = jdbc.sql("select tablename from pg_tables where schemaname = current_schema() "
                    + "and tablename not in ('flyway_schema_history', 'audit_event') order by tablename").query(String.class).list();
            dropTemplatesLeftBehind();
            jdbc.sql("create schema " + template).update();
            for (String t : all) {
                jdbc.sql("create table " + template + ".\"" + t + "\" as table \"" + t + "\"").update();
            }
            jdbc.sql("select sequencename, last_value from pg_sequences where schemaname = current_schema() order by sequencename")
                    .query((ResultSet rs) -> {
                        sequences.put(rs.getString(1), rs.getObject(2) == null ? null : rs.getLong(2));
                    });
            jdbc.sql("select table_name, string_agg('\"' || column_name || '\"', ', ' order by ordinal_position) from information_schema.columns "
                            + "where table_schema = current_schema() and is_generated = 'NEVER' group by table_name")
                    .query((ResultSet rs) -> {
                        columns.put(rs.getString(1), rs.getString(2));
                    });
            tables = parentsFirst(all);
        });
        kept.forgetAll();
        stamp = stamp();
    }

    /** Drops this context's template and those of earlier runs; keeps those of the other contexts of this JVM. */
    private void dropTemplatesLeftBehind() {
        IN_USE.add(template);
        for (String left : jdbc.sql("select nspname from pg_namespace where starts_with(nspname, ?)").param(TEMPLATES)
                .query(String.class).list()) {
            if (!IN_USE.contains(left) || left.equals(template)) {
                jdbc.sql("drop schema \"" + left + "\" cascade").update();
            }
        }
    }

    private void restore() {
        transaction.executeWithoutResult(s -> {
            jdbc.sql("truncate table " + String.join(", ", tables.stream().map(t -> "\"" + t + "\"").toList())
                    + " restart identity cascade").update();
            for (String t : tables) {
                String c = columns.get(t);
                jdbc.sql("insert into \"" + t + "\" (" + c + ") overriding system value select " + c + " from " + template + ".\"" + t + "\"")
                        .update();
            }
            sequences.forEach((name, last) -> {
                if (last != null) {
                    jdbc.sql("select setval(?::regclass, ?)").params("\"" + name + "\"", last).query(Long.class).single();
                }
            });
        });
        kept.forgetAll();
        Map<String, String> now = stamp();
        if (!now.equals(stamp)) {
            throw new IllegalStateException("the demo copied back differs from its template: " + now + " / " + stamp);
        }
    }

    /** Per table its row count and the latest value of each of its timestamp columns: what any write through the application moves. */
    private Map<String, String> stamp() {
        Map<String, List<String>> timestamps = new TreeMap<>();
        jdbc.sql("select table_name, column_name from information_schema.columns where table_schema = current_schema() "
                        + "and data_type like 'timestamp%' order by table_name, column_name")
                .query((ResultSet rs) -> {
                    timestamps.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<String, String> out = new TreeMap<>();
        for (String t : tables) {
            List<String> columns = new ArrayList<>(List.of("count(*)::text"));
            timestamps.getOrDefault(t, List.of()).forEach(c -> columns.add("max(\"" + c + "\")::text"));
            out.put(t, jdbc.sql("select concat_ws(' ', " + String.join(", ", columns) + ") from \"" + t + "\"").query(String.class).single());
        }
        return out;
    }

    /** The tables ordered so that every table comes after the tables its foreign keys refer to. */
    private List<String> parentsFirst(List<String> all) {
        Map<String, Set<String>> parents = new HashMap<>();
        all.forEach(t -> parents.put(t, new TreeSet<>()));
        jdbc.sql("""
                        select child.relname, parent.relname
                        from pg_constraint c
                        join pg_class child on child.oid = c.conrelid
                        join pg_class parent on parent.oid = c.confrelid
                        join pg_namespace n on n.oid = child.relnamespace
                        where c.contype = 'f' and n.nspname = current_schema() and child.relname <> parent.relname""")
                .query((ResultSet rs) -> {
                    if (parents.containsKey(rs.getString(1)) && parents.containsKey(rs.getString(2))) {
                        parents.get(rs.getString(1)).add(rs.getString(2));
                    }
                });
        List<String> ordered = new ArrayList<>();
        Deque<String> ready = new ArrayDeque<>();
        all.stream().filter(t -> parents.get(t).isEmpty()).forEach(ready::add);
        while (!ready.isEmpty()) {
            String t = ready.poll();
            ordered.add(t);
            for (String other : all) {
                if (parents.get(other).remove(t) && parents.get(other).isEmpty()) {
                    ready.add(other);
                }
            }
        }
        if (ordered.size() != all.size()) {
            throw new IllegalStateException("foreign keys in a cycle among " + all);
        }
        return ordered;
    }
}
