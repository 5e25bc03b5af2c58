-- Monthly safety statistics: one row per entity and month, zeros included.
create table safety_record (
    batch_id      bigint not null references ledger_batch (id) on delete cascade,
    row_no        integer not null,
    entity_code   text not null references entity (code),
    month         date not null check (extract(day from month) = 1),
    hours_worked  numeric not null check (hours_worked > 0),
    hours_unit    text not null references unit (code),
    accidents     integer not null check (accidents >= 0),
    injuries      integer not null check (injuries >= 0),
    fatalities    integer not null check (fatalities >= 0),
    lost_days     integer not null check (lost_days >= 0),
    investment    numeric not null check (investment >= 0),
    investment_unit text not null references unit (code),
    primary key (batch_id, row_no)
);
