-- A company's own workspace (issue 13): the company profile written by `esg init` (one row), and
-- entity codes as companies write them (HN-DG, 1000), unique ignoring case.
create table company (
    singleton        boolean primary key default true check (singleton),
    name_zh          text not null,
    name_en          text not null,
    fiscal_year_end  text not null check (fiscal_year_end ~ '^[0-9]{2}-[0-9]{2}$'),
    currency         text not null,
    created_at       timestamptz not null,
    updated_at       timestamptz not null
);

create unique index entity_code_ignoring_case on entity (lower(code));
