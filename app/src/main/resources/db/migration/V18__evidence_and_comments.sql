-- Evidence and comments (issue 13, item 7; ADR 0013; docs/audit.md "Evidence and comments"). Each is linked to
-- exactly one stored fact, one ledger batch, or one accepted row of a batch. Nothing here is ever updated or deleted
-- by the application; each attach and comment is also an audit event (audit_seq).

-- A file kept as evidence: what it is (name, detected media type, size, SHA-256), who attached it, when and why.
create table evidence (
    id            bigserial primary key,
    subject_kind  text not null check (subject_kind in ('fact', 'batch', 'row')),
    fact_id       text references fact (id),
    batch_id      bigint references ledger_batch (id),
    row_no        integer,
    file_name     text not null check (file_name <> ''),
    media_type    text not null,
    size_bytes    bigint not null check (size_bytes > 0),
    sha256        text not null check (sha256 ~ '^[0-9a-f]{64}$'),
    note          text not null default '',
    attached_by   text not null,
    attached_at   timestamptz not null,
    audit_seq     bigint not null,
    check ((subject_kind = 'fact' and fact_id is not null and batch_id is null and row_no is null)
        or (subject_kind = 'batch' and fact_id is null and batch_id is not null and row_no is null)
        or (subject_kind = 'row' and fact_id is null and batch_id is not null and row_no is not null))
);
create index evidence_fact on evidence (fact_id);
create index evidence_batch on evidence (batch_id);

-- The file's bytes in chunks of 1 MiB (the last one shorter), written and read one chunk at a time, so that no file
-- is ever held whole in memory. The chunks are written before their evidence row (same transaction): the key is checked
-- at commit.
create table evidence_chunk (
    evidence_id  bigint not null references evidence (id) deferrable initially deferred,
    chunk_no     integer not null check (chunk_no >= 0),
    bytes        bytea not null,
    primary key (evidence_id, chunk_no)
);
-- Evidence is mostly compressed already (PDF, JPEG, XLSX): stored out of line without trying to compress it again.
alter table evidence_chunk alter column bytes set storage external;

-- A comment on a fact, a batch or a row: who, when, what.
create table comment (
    id            bigserial primary key,
    subject_kind  text not null check (subject_kind in ('fact', 'batch', 'row')),
    fact_id       text references fact (id),
    batch_id      bigint references ledger_batch (id),
    row_no        integer,
    body          text not null check (body <> ''),
    written_by    text not null,
    written_at    timestamptz not null,
    audit_seq     bigint not null,
    check ((subject_kind = 'fact' and fact_id is not null and batch_id is null and row_no is null)
        or (subject_kind = 'batch' and fact_id is null and batch_id is not null and row_no is null)
        or (subject_kind = 'row' and fact_id is null and batch_id is not null and row_no is not null))
);
create index comment_fact on comment (fact_id);
create index comment_batch on comment (batch_id);
