-- A figure computed from ledger rows that cannot be computed (no emission factor applies to the
-- rows' year or region) is stored as not available, with the reason in zh and en, instead of
-- refusing the rows: no value, the indicator's unit, origin computed.
alter table fact add column not_available_zh text, add column not_available_en text;

-- The two unnamed checks of V1 (a value is a number or a text; a number has a unit) become the
-- named checks below, which also allow a fact that is not available.
do $$
declare
    c record;
begin
    for c in select conname from pg_constraint
             where conrelid = 'fact'::regclass and contype = 'c' and pg_get_constraintdef(oid) like '%value_number IS NULL%'
    loop
        execute format('alter table fact drop constraint %I', c.conname);
    end loop;
end
$$;

alter table fact
    add constraint fact_value_check check (num_nonnulls(value_number, value_text, not_available_en) = 1),
    add constraint fact_unit_check check ((value_number is null and not_available_en is null) = (unit_code is null)),
    add constraint fact_not_available_check check ((not_available_en is null) = (not_available_zh is null)
        and (not_available_en is null or origin = 'computed'));
