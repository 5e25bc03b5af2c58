package org.esgledger.app.user.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.esgledger.app.audit.Role;
import org.esgledger.app.audit.Scope;
import org.esgledger.app.audit.Area;
import org.esgledger.app.user.NewUser;
import org.esgledger.app.user.UserView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The app_user and user_scope tables. */
@Repository
public class UserStore {

    private static final Map<Area.Kind, String> KINDS = Map.of(Area.Kind.ENTITY, "entity", Area.Kind.LEDGER, "ledger",
            Area.Kind.INDICATOR_GROUP, "indicator_group");

    private final JdbcClient jdbc;

    UserStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long count() {
        return jdbc.sql("select count(*) from app_user").query(Long.class).single();
    }

    /** Takes the table so that two first users cannot be added at once. */
    public void lock() {
        jdbc.sql("lock table app_user in exclusive mode").update();
    }

    public Optional<UserView> find(String name) {
        return one("where name = ?", name);
    }

    public Optional<UserView> byLogin(String osLogin) {
        return one("where os_login = ?", osLogin);
    }

    // The user's row and their scope in one query (by the two primary keys): every request of a signed-in session reads it.
    // Never a query inside a row mapper: it takes a second connection outside a transaction, and concurrent requests holding
    // one each then wait for the pool forever (bench/run-web found it).
    private static final String SELECT = """
            select u.*, array(select s.kind from user_scope s where s.user_name = u.name order by s.kind, s.code) as scope_kinds,
                   array(select s.code from user_scope s where s.user_name = u.name order by s.kind, s.code) as scope_codes
            from app_user u
            """;

    private Optional<UserView> one(String where, String value) {
        return jdbc.sql(SELECT + where).param(value).query((rs, n) -> row(rs)).optional();
    }

    public List<UserView> list() {
        return jdbc.sql(SELECT + "order by name").query((rs, n) -> row(rs)).list();
    }

    public void insert(NewUser u, Instant at) {
        jdbc.sql("insert into app_user (name, display_name, roles, os_login, enabled, created_at) values (?, ?, ?::text[], ?, true, ?)")
                .params(u.name(), u.displayName(), codes(u.roles()),
                        u.osLogin().orElse(null), Timestamp.from(at))
                .update();
    }

    public void disable(String name) {
        jdbc.sql("update app_user set enabled = false where name = ?").param(name).update();
    }

    public void enable(String name) {
        jdbc.sql("update app_user set enabled = true where name = ?").param(name).update();
    }

    public void roles(String name, Set<Role> roles) {
        jdbc.sql("update app_user set roles = ?::text[] where name = ?").params(codes(roles), name).update();
    }

    public void scope(String name, Scope scope) {
        jdbc.sql("delete from user_scope where user_name = ?").param(name).update();
        KINDS.forEach((kind, code) -> scope.of(kind).forEach(c ->
                jdbc.sql("insert into user_scope (user_name, kind, code) values (?, ?, ?)").params(name, code, c).update()));
    }

    private static String codes(Set<Role> roles) {
        return "{" + String.join(",", roles.stream().sorted().map(Role::code).toList()) + "}";
    }

    /** A user's row with their scope. */
    private static UserView row(ResultSet rs) throws SQLException {
        Array roles = rs.getArray("roles");
        Set<Role> set = EnumSet.noneOf(Role.class);
        Arrays.stream((String[]) roles.getArray()).map(Role::parse).flatMap(Optional::stream).forEach(set::add);
        return new UserView(rs.getString("name"), rs.getString("display_name"), set, Optional.ofNullable(rs.getString("os_login")),
                rs.getBoolean("enabled"), scope((String[]) rs.getArray("scope_kinds").getArray(),
                (String[]) rs.getArray("scope_codes").getArray()), rs.getTimestamp("created_at").toInstant());
    }

    private static Scope scope(String[] kinds, String[] codes) {
        List<Set<String>> sets = new ArrayList<>(List.of(new TreeSet<>(), new TreeSet<>(), new TreeSet<>()));
        for (int i = 0; i < kinds.length; i++) {
            int k = switch (kinds[i]) {
                case "entity" -> 0;
                case "ledger" -> 1;
                default -> 2;
            };
            sets.get(k).add(codes[i]);
        }
        return new Scope(sets.get(0), sets.get(1), sets.get(2));
    }
}
