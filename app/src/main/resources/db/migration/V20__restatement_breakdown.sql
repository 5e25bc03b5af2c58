-- A restated figure's breakdown (issue 13, item 8): ledger-computed facts are often per dimension member (electricity at
-- a site), and the restatement note names it. Written canonically as fact keys write it (energy_type=electricity); empty
-- for a total.
alter table restatement add column breakdown text not null default '';
