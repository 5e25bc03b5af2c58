-- Production set-up apart from the demo (ADR 0011): a consistency rule no longer carries the id of a
-- check of the seed dataset (that mapping is the demo's, in demo/README.md), and a rule may name no
-- entity, meaning the organisation's root, so that the standard set-up can ship general rules before
-- any organisation exists.
alter table check_rule drop column seed_check;
alter table check_rule alter column entity_code drop not null;
