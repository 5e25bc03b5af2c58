-- Review and approval (issue 13, docs/audit.md "Review and approval"): facts and ledger batches go
-- draft -> submitted -> approved or rejected (with a reason). Who reviewed, when and why are kept on
-- the row; every transition is also an audit event (and, for a fact, a version in fact_version).
alter table fact drop constraint fact_status_check;
alter table fact add constraint fact_status_check check (status in ('draft', 'submitted', 'approved', 'rejected', 'locked'));
alter table fact add column reviewed_by text;
alter table fact add column reviewed_at timestamptz;
alter table fact add column rejection_reason text not null default '';
-- Approved by the person who entered it, allowed only while the workspace's four-eyes rule is off.
alter table fact add column approved_by_entrant boolean not null default false;

alter table ledger_batch add column status text not null default 'draft'
    check (status in ('draft', 'submitted', 'approved', 'rejected', 'locked'));
alter table ledger_batch add column reviewed_by text;
alter table ledger_batch add column reviewed_at timestamptz;
alter table ledger_batch add column rejection_reason text not null default '';
alter table ledger_batch add column approved_by_entrant boolean not null default false;
