-- The training ledger: one row per session.
create table training_record (
    batch_id      bigint not null references ledger_batch (id) on delete cascade,
    row_no        integer not null,
    held_on       date not null,
    entity_code   text not null references entity (code),
    course        text not null,
    type          text not null,
    provider      text not null check (provider in ('internal', 'external')),
    delivery      text not null check (delivery in ('online', 'offline')),
    hours         numeric not null check (hours > 0),
    hours_unit    text not null references unit (code),
    participants  bigint not null check (participants >= 0),
    cost          numeric not null check (cost >= 0),
    cost_unit     text not null references unit (code),
    primary key (batch_id, row_no)
);
