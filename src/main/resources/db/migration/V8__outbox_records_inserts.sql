-- Several replicas (issue 16). Each index event says whether its row was inserted, so every replica can tell a new
-- object (a release note to announce to its subscribers) from a change to an existing one, whichever replica or
-- importer wrote it. Events recorded by the dependent-row triggers (V3, V4) are changes: the default.

alter table index_event add column op varchar(6) not null default 'UPDATE'
    check (op in ('INSERT', 'UPDATE', 'DELETE'));

create or replace function record_index_event() returns trigger language plpgsql as $$
begin
    insert into index_event (doc_type, entity_id, op)
    values (tg_argv[0], case when tg_op = 'DELETE' then old.id else new.id end, tg_op);
    perform pg_notify('index_event', '');
    return null;
end $$;
