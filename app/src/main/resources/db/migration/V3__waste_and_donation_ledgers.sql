-- The waste ledger: transfers and disposals, hazardous ones with their manifest (转移联单).
create table waste_record (
    batch_id     bigint not null references ledger_batch (id) on delete cascade,
    row_no       integer not null,
    manifest     text not null default '',
    entity_code  text not null references entity (code),
    moved_on     date not null,
    waste_name   text not null,
    waste_type   text not null,
    hazardous    boolean not null,
    hw_code      text not null default '',
    quantity     numeric not null check (quantity > 0),
    unit_code    text not null references unit (code),
    handler      text not null default '',
    licence      text not null default '',
    treatment    text not null check (treatment in ('recycling', 'incineration', 'landfill', 'other')),
    primary key (batch_id, row_no)
);

-- The donations ledger.
create table donation_record (
    batch_id          bigint not null references ledger_batch (id) on delete cascade,
    row_no            integer not null,
    donated_on        date not null,
    entity_code       text not null references entity (code),
    recipient         text not null,
    recipient_member  text not null default '',
    country           text not null default 'CN',
    amount            numeric not null check (amount > 0),
    unit_code         text not null references unit (code),
    purpose           text not null,
    form              text not null check (form in ('cash', 'in_kind')),
    note              text not null default '',
    primary key (batch_id, row_no)
);
