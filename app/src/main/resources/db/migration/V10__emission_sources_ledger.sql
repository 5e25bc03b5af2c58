-- The other-emission-sources ledger (其他排放源台账): refrigerants, process emissions, scope 3 activities.
create table emission_record (
    batch_id       bigint not null references ledger_batch (id) on delete cascade,
    row_no         integer not null,
    entity_code    text not null references entity (code),
    month          date not null,
    source         text not null,
    activity       text not null default '',
    quantity       numeric not null check (quantity > 0),
    unit_code      text not null references unit (code),
    factor_id      text not null default '',
    factor_value   numeric,
    factor_unit    text not null default '',
    factor_source  text not null default '',
    data_quality   integer not null check (data_quality between 1 and 5),
    method         text not null default '',
    primary key (batch_id, row_no)
);
