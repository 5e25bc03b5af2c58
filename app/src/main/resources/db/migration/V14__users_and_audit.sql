-- Users, the one change mechanism's audit trail and the history of every fact (issue 13, ADR 0012).

create table app_user (
    name          text primary key check (name ~ '^[a-z0-9._-]{2,40}$'),
    display_name  text not null default '',
    roles         text[] not null check (roles <@ array['admin', 'manager', 'contributor', 'reviewer', 'auditor']::text[]
                                         and cardinality(roles) > 0),
    os_login      text unique,
    enabled       boolean not null default true,
    created_at    timestamptz not null
);

-- A contributor's or reviewer's scope: the entities, ledger kinds and indicator groups they may act on.
create table user_scope (
    user_name  text not null references app_user (name) on delete cascade,
    kind       text not null check (kind in ('entity', 'ledger', 'indicator_group')),
    code       text not null,
    primary key (user_name, kind, code)
);

-- Append-only: every write and every refusal, each event's hash covering its content and the previous hash.
create table audit_event (
    seq           bigint primary key check (seq > 0),
    at            timestamptz not null,
    actor         text not null,
    action        text not null,
    subject_kind  text not null,
    subject_id    text not null,
    entities      text[] not null default '{}',
    reason        text not null default '',
    before        text not null default '{}',
    after         text not null default '{}',
    prev_hash     text not null,
    hash          text not null
);
create index audit_event_at on audit_event (at);
create index audit_event_actor on audit_event (actor);

-- The application's own role owns this table; it gives up the right to change or remove its rows.
-- (An owner can grant them back to itself, and a superuser bypasses grants: docs/audit.md says so.)
revoke update, delete, truncate on audit_event from current_user;

-- Every value a fact ever held, with the audit event of the change that wrote it.
create table fact_version (
    fact_id           text not null,
    version           integer not null check (version > 0),
    value_number      numeric,
    value_text        text,
    unit_code         text,
    status            text not null,
    origin            text not null,
    not_available_en  text,
    changed_by        text not null,
    changed_at        timestamptz not null,
    audit_seq         bigint not null,
    primary key (fact_id, version)
);
