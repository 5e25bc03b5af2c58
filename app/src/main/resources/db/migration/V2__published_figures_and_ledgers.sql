-- What a named report printed, kept apart from the system's facts (ADR 0006).
create table published_figure (
    report          text not null,
    fact_id         text not null,
    indicator_code  text not null references indicator (code),
    entity_code     text not null references entity (code),
    period_code     text not null references period (code),
    breakdown       text not null default '',
    nature          text not null,
    value_number    numeric,
    value_text      text,
    unit_code       text references unit (code),
    source          text not null default '',
    note            text not null default '',
    primary key (report, fact_id),
    check ((value_number is null) <> (value_text is null))
);

-- One imported ledger file (or sheet): where it came from, who brought it, what became of its rows.
create table ledger_batch (
    id                bigserial primary key,
    kind              text not null,
    file_name         text not null,
    sha256            text not null check (sha256 ~ '^[0-9a-f]{64}$'),
    sheet             text not null default '',
    encoding          text not null default '',
    importer_version  text not null,
    loaded_by         text not null,
    loaded_at         timestamptz not null,
    rows_accepted     integer not null,
    rows_rejected     integer not null,
    rows_skipped      integer not null,
    superseded_by     bigint references ledger_batch (id),
    reason            text not null default ''
);

create index ledger_batch_sha_idx on ledger_batch (kind, sha256);

-- Rows that were not accepted, with why, in both languages.
create table ledger_rejection (
    batch_id   bigint not null references ledger_batch (id) on delete cascade,
    row_no     integer not null,
    col        text not null default '',
    reason_zh  text not null,
    reason_en  text not null,
    raw        text not null default ''
);

-- The employee roster (员工花名册): pseudonymous ids, birth years, no names.
create table employee_record (
    batch_id         bigint not null references ledger_batch (id) on delete cascade,
    row_no           integer not null,
    employee_id      text not null,
    entity_code      text not null references entity (code),
    gender           text not null,
    birth_year       integer not null check (birth_year between 1900 and 2100),
    education        text not null,
    job_family       text not null,
    rd_staff         boolean not null,
    hired_on         date not null,
    hire_channel     text not null,
    left_on          date,
    leave_reason     text not null default '',
    parental_leave   text not null default '',
    parental_start   date,
    parental_return  date,
    primary key (batch_id, row_no),
    unique (batch_id, employee_id),
    check (left_on is null or left_on >= hired_on)
);

-- Which ledger rows a computed fact counts (lineage down to the row).
create table fact_source_row (
    fact_id   text not null references fact (id) on delete cascade,
    batch_id  bigint not null references ledger_batch (id) on delete cascade,
    row_no    integer not null,
    primary key (fact_id, batch_id, row_no)
);
