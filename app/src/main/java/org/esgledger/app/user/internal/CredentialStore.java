package org.esgledger.app.user.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The user_credential table: a user's password hash and one-time code hash (docs/web.md). */
@Repository
public class CredentialStore {

    /** A one-time code as stored: its SHA-256 and when it expires. */
    public record StoredCode(String sha256, Instant expiresAt) {
    }

    private final JdbcClient jdbc;

    CredentialStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<String> passwordHash(String user) {
        return jdbc.sql("select password_hash from user_credential where user_name = ? and password_hash is not null").param(user)
                .query(String.class).optional();
    }

    public Optional<StoredCode> code(String user) {
        return jdbc.sql("select code_sha256, code_expires_at from user_credential where user_name = ? and code_sha256 is not null")
                .param(user).query((rs, n) -> new StoredCode(rs.getString(1), rs.getTimestamp(2).toInstant())).optional();
    }

    /** A new one-time code for the user; any password they had is cleared (a reset). */
    public void issueCode(String user, String sha256, Instant expiresAt) {
        jdbc.sql("""
                        insert into user_credential (user_name, code_sha256, code_expires_at) values (?, ?, ?)
                        on conflict (user_name) do update set code_sha256 = excluded.code_sha256, code_expires_at = excluded.code_expires_at,
                            password_hash = null, password_set_at = null""")
                .params(user, sha256, Timestamp.from(expiresAt)).update();
    }

    /**
     * Sets the password and uses up the code, only if the code is still the one given (so that two
     * requests with the same code cannot both set a password); false when it is not.
     */
    public boolean setPassword(String user, String codeSha256, String passwordHash, Instant at) {
        return jdbc.sql("""
                        update user_credential set password_hash = ?, password_set_at = ?, code_sha256 = null, code_expires_at = null
                        where user_name = ? and code_sha256 = ?""")
                .params(passwordHash, Timestamp.from(at), user, codeSha256).update() == 1;
    }
}
