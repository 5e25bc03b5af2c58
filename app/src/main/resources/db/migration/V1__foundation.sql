-- ESG Ledger foundation schema: units, catalogue, frameworks, organisation, periods, facts.
-- Every reported value is numeric (exact); every name a person reads has zh and en.

create table unit_group (
    code            text primary key,
    name_zh         text not null,
    name_en         text not null,
    reference_unit  text not null,
    currency        text check (currency is null or currency ~ '^[A-Z]{3}$')
);

create table unit (
    code        text primary key,
    group_code  text not null references unit_group (code),
    symbol      text not null,
    name_zh     text not null,
    name_en     text not null,
    factor      numeric not null check (factor > 0),
    aliases     text[] not null default '{}'
);

create table dimension (
    code     text primary key,
    name_zh  text not null,
    name_en  text not null
);

create table dimension_member (
    dimension_code  text not null references dimension (code) on delete cascade,
    code            text not null,
    name_zh         text not null,
    name_en         text not null,
    primary key (dimension_code, code)
);

create table framework_item (
    framework  text not null check (framework in ('SZSE', 'GRI', 'ISSB', 'SDG')),
    code       text not null,
    kind       text not null,
    title_zh   text not null,
    title_en   text not null,
    verified   text not null,
    source     text not null,
    primary key (framework, code)
);

create table indicator (
    code           text primary key,
    ordinal        integer not null,
    name_zh        text not null,
    name_en        text not null,
    definition_zh  text not null default '',
    definition_en  text not null default '',
    value_type     text not null check (value_type in ('quantity', 'count', 'money', 'percentage', 'ratio', 'text', 'boolean', 'date')),
    unit_group     text references unit_group (code),
    unit           text references unit (code),
    aggregation    text not null check (aggregation in ('sum', 'average', 'end_of_period', 'max', 'weighted_average', 'none')),
    decimals       integer not null check (decimals between 0 and 10),
    direction      text not null check (direction in ('higher_is_better', 'lower_is_better', 'neutral')),
    topic          text not null default '',
    catalogue_version text not null,
    check ((value_type in ('text', 'boolean', 'date')) = (unit is null))
);

create table indicator_dimension (
    indicator_code  text not null references indicator (code) on delete cascade,
    dimension_code  text not null references dimension (code),
    primary key (indicator_code, dimension_code)
);

create table indicator_reference (
    indicator_code  text not null references indicator (code) on delete cascade,
    framework       text not null,
    item_code       text not null,
    primary key (indicator_code, framework, item_code),
    foreign key (framework, item_code) references framework_item (framework, code)
);

create table entity (
    code             text primary key,
    parent_code      text references entity (code),
    kind             text not null check (kind in ('group', 'company', 'branch', 'subsidiary', 'site', 'department')),
    name_zh          text not null,
    name_en          text not null,
    country          text not null default '',
    province         text not null default '',
    in_boundary      boolean not null,
    ownership_share  numeric not null check (ownership_share between 0 and 1),
    aliases          text[] not null default '{}',
    note             text not null default ''
);

create table period (
    code         text primary key,
    kind         text not null check (kind in ('year', 'month', 'span')),
    start_date   date not null,
    end_date     date not null,
    fiscal_year  integer not null,
    name_zh      text not null,
    name_en      text not null,
    check (start_date <= end_date)
);

-- A file whose rows became facts or catalogue entries: the exact version (SHA-256), who and when.
create table source_file (
    id         bigserial primary key,
    kind       text not null,
    name       text not null,
    sha256     text not null check (sha256 ~ '^[0-9a-f]{64}$'),
    rows       integer not null,
    loaded_by  text not null,
    loaded_at  timestamptz not null
);

create table fact (
    id              text primary key,
    indicator_code  text not null references indicator (code),
    entity_code     text not null references entity (code),
    period_code     text not null references period (code),
    breakdown       text not null default '',
    nature          text not null check (nature in ('actual', 'target', 'plan', 'policy', 'structural')),
    value_number    numeric,
    value_text      text,
    unit_code       text references unit (code),
    status          text not null check (status in ('draft', 'submitted', 'approved', 'locked')),
    origin          text not null check (origin in ('entered', 'imported', 'computed')),
    source_file_id  bigint references source_file (id),
    source_row      integer not null default 0,
    source          text not null default '',
    entered_by      text not null,
    entered_at      timestamptz not null,
    approved_by     text,
    note            text not null default '',
    unique (indicator_code, entity_code, period_code, breakdown, nature),
    check ((value_number is null) <> (value_text is null)),
    check ((value_number is null) = (unit_code is null))
);

create table fact_member (
    fact_id         text not null references fact (id) on delete cascade,
    dimension_code  text not null,
    member_code     text not null,
    primary key (fact_id, dimension_code),
    foreign key (dimension_code, member_code) references dimension_member (dimension_code, code)
);

create index fact_period_idx on fact (period_code);
create index fact_indicator_idx on fact (indicator_code);

-- Small key/value facts about the workspace itself, e.g. the fingerprint of the loaded demo.
create table workspace_state (
    key         text primary key,
    value       text not null,
    updated_at  timestamptz not null
);
