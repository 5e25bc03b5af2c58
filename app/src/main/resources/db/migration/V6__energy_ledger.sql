-- The energy and water ledger: one row per entity, month and carrier (a bill or a receipt).
create table energy_record (
    batch_id      bigint not null references ledger_batch (id) on delete cascade,
    row_no        integer not null,
    entity_code   text not null references entity (code),
    month         date not null check (extract(day from month) = 1),
    carrier       text not null,
    quantity      numeric not null check (quantity > 0),
    unit_code     text not null references unit (code),
    cost          numeric,
    cost_unit     text references unit (code),
    supplier      text not null default '',
    green_share   numeric check (green_share between 0 and 1),
    certificate   text not null default '',
    primary key (batch_id, row_no)
);
