-- The supplier ledger: one row per supplier and fiscal year.
create table supplier_record (
    batch_id      bigint not null references ledger_batch (id) on delete cascade,
    row_no        integer not null,
    supplier_id   text not null,
    name          text not null,
    fiscal_year   integer not null,
    category      text not null,
    spend         numeric not null check (spend > 0),
    spend_unit    text not null references unit (code),
    risk          text not null check (risk in ('high', 'medium', 'low')),
    audit_score   numeric check (audit_score between 0 and 100),
    scores        numeric[] not null,
    agreements    text[] not null default '{}',
    primary key (batch_id, row_no)
);
