-- Issue 15, honest notes. A target's department (the quality KPIs are set per department), printed in the
-- targets table's department column; empty when the target is the entity's own.
alter table target add column department_zh text not null default '';
alter table target add column department_en text not null default '';

-- Why a figure a report published differs from the value the system computes (or cannot be computed),
-- and how a sentence names that report: what the report's footnote says beside the two values.
create table published_note (
    report          text not null,
    fact_id         text not null,
    report_zh       text not null,
    report_en       text not null,
    reason_zh       text not null,
    reason_en       text not null,
    source          text not null default '',
    primary key (report, fact_id),
    foreign key (report, fact_id) references published_figure (report, fact_id) on delete cascade
);
