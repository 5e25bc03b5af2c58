-- The customer-satisfaction survey ledger: one row per returned questionnaire.
create table survey_record (
    batch_id       bigint not null references ledger_batch (id) on delete cascade,
    row_no         integer not null,
    survey_year    integer not null,
    questionnaire  text not null,
    customer       text not null,
    valid          boolean not null,
    score          numeric not null check (score between 0 and 100),
    primary key (batch_id, row_no)
);
