-- Calculation engine: formulas, consistency rules and targets as catalogue data; snapshots of
-- computations with their lineage, findings and target statuses (docs/calculation.md).

alter table indicator add column consolidation text not null default 'operational_control'
    check (consolidation in ('operational_control', 'equity_share'));

-- The formula of a derived indicator; version bumps when its meaning changes.
create table indicator_formula (
    indicator_code  text primary key references indicator (code) on delete cascade,
    expression      text not null,
    version         text not null,
    note            text not null default '',
    ordinal         integer not null
);

-- Consistency rules kept as data (roll-forwards, rates against candidate bases).
create table check_rule (
    id              text primary key,
    ordinal         integer not null,
    kind            text not null check (kind in ('equals', 'one_of')),
    entity_code     text not null references entity (code),
    left_expr       text not null,
    right_expr      text not null,
    unit_code       text not null references unit (code),
    decimals        integer not null check (decimals between 0 and 10),
    severity        text not null check (severity in ('info', 'low', 'medium', 'high')),
    seed_check      text not null default '',
    description_zh  text not null,
    description_en  text not null
);

create table target (
    id              text primary key,
    ordinal         integer not null,
    entity_code     text not null references entity (code),
    type            text not null,
    subject_zh      text not null,
    subject_en      text not null,
    text_zh         text not null default '',
    text_en         text not null default '',
    indicator_code  text references indicator (code),
    comparator      text not null,
    threshold       numeric,
    unit_code       text references unit (code),
    per_indicator   text references indicator (code),
    basis           text not null check (basis in ('annual', 'monthly_average')),
    target_year     text not null,
    declared        text not null default '',
    note            text not null default ''
);

-- One computation of a fiscal year: immutable once written. The fingerprint digests every input
-- (facts, published figures, ledger batches, catalogue, formulas, rules, targets, engine version);
-- the content digest digests every result. The current snapshot of a year is the one not superseded.
create table snapshot (
    id               bigserial primary key,
    fiscal_year      integer not null,
    fingerprint      text not null check (fingerprint ~ '^[0-9a-f]{64}$'),
    content_sha256   text not null check (content_sha256 ~ '^[0-9a-f]{64}$'),
    engine_version   text not null,
    catalogue_digest text not null,
    factor_set       text not null,
    computed_by      text not null,
    computed_at      timestamptz not null,
    reason           text not null default '',
    frozen           boolean not null default false,
    frozen_by        text,
    frozen_at        timestamptz,
    frozen_reason    text,
    superseded_by    bigint references snapshot (id),
    values_count     integer not null,
    findings_count   integer not null
);

create index snapshot_year_idx on snapshot (fiscal_year);

-- Every value of the snapshot (inputs as used, roll-ups, formula results, not-available reasons).
create table snapshot_value (
    snapshot_id      bigint not null references snapshot (id) on delete cascade,
    fact_id          text not null,
    indicator_code   text not null,
    entity_code      text not null,
    period_code      text not null,
    breakdown        text not null default '',
    available        boolean not null,
    value_number     numeric,
    unit_code        text not null default '',
    disclosed        text not null default '',
    derivation       text not null check (derivation in ('stored', 'rolled_up', 'derived')),
    formula          text not null default '',
    formula_version  text not null default '',
    rule             text not null default '',
    reason_zh        text not null default '',
    reason_en        text not null default '',
    primary key (snapshot_id, fact_id),
    check (available = (value_number is not null))
);

-- Lineage one level down: what each value was computed from.
create table snapshot_input (
    snapshot_id     bigint not null references snapshot (id) on delete cascade,
    fact_id         text not null,
    ordinal         integer not null,
    input_fact_id   text not null,
    input_key       text not null,
    reference       text not null default '',
    printed         boolean not null default false,
    value_number    numeric,
    unit_code       text not null default '',
    share           numeric,
    primary key (snapshot_id, fact_id, ordinal)
);

-- The stored facts and published figures the snapshot read, as they were: what a later
-- computation compares against to say which input changed.
create table snapshot_source (
    snapshot_id    bigint not null references snapshot (id) on delete cascade,
    kind           text not null check (kind in ('fact', 'printed', 'batch', 'catalogue')),
    key            text not null,
    digest         text not null,
    description    text not null default '',
    primary key (snapshot_id, kind, key)
);

create table snapshot_finding (
    snapshot_id  bigint not null references snapshot (id) on delete cascade,
    ordinal      integer not null,
    rule         text not null,
    severity     text not null check (severity in ('info', 'low', 'medium', 'high')),
    subject      text not null,
    message_zh   text not null,
    message_en   text not null,
    primary key (snapshot_id, ordinal)
);

create table snapshot_target (
    snapshot_id     bigint not null references snapshot (id) on delete cascade,
    target_id       text not null,
    status          text not null check (status in ('achieved', 'not_achieved', 'in_progress', 'not_evaluable')),
    actual          numeric,
    unit_code       text not null default '',
    explanation_zh  text not null,
    explanation_en  text not null,
    primary key (snapshot_id, target_id)
);
