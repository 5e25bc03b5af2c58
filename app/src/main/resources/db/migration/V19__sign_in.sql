-- Signing in to the web application (issue 14, docs/web.md): per user a password, hashed with
-- Argon2id, and the one-time code that sets it (esg user add, esg user reset), kept only as a
-- SHA-256 with its expiry. Neither is ever stored in clear; the row goes with its user.
create table user_credential (
    user_name        text primary key references app_user (name) on delete cascade,
    password_hash    text,
    password_set_at  timestamptz,
    code_sha256      text,
    code_expires_at  timestamptz,
    check ((password_hash is null) = (password_set_at is null)),
    check ((code_sha256 is null) = (code_expires_at is null))
);
