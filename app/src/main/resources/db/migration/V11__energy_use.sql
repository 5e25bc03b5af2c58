-- What energy or water was used for: production or domestic (office and living) use; '' when not said.
alter table energy_record add column use text not null default '' check (use in ('', 'production', 'domestic'));
