-- Period lock and restatement (issue 13, item 8; docs/audit.md). A locked year's values change only as restatements.

-- A fiscal year closed after publication. There is no unlock: a change to a locked year is a restatement.
create table period_lock (
    fiscal_year  integer primary key,
    locked_by    text not null,
    locked_at    timestamptz not null,
    reason       text not null check (reason <> ''),
    audit_seq    bigint not null
);

-- A figure of a locked year changed after publication: the published value, the new one and why (GRI 2-4).
create table restatement (
    id             bigserial primary key,
    fact_id        text not null,
    indicator_code text not null,
    entity_code    text not null,
    fiscal_year    integer not null references period_lock (fiscal_year),
    old_number     numeric,
    old_text       text,
    old_unit       text,
    new_number     numeric,
    new_text       text,
    new_unit       text,
    reason         text not null check (reason <> ''),
    restated_by    text not null,
    restated_at    timestamptz not null,
    audit_seq      bigint not null
);
create index restatement_year on restatement (fiscal_year);
