-- The search index's outbox. Every change to an indexed row records an event in the same transaction, so an
-- indexer (one per replica) can apply changes after commit, in order, and catch up after a crash.
-- Triggers rather than application code, so no write path (mutations, the content importer, manual SQL) can
-- forget it. Events carry only the type and id: the indexer reloads the row and never trusts a payload.

create table index_event (
    seq        bigint generated always as identity primary key,
    doc_type   varchar(16) not null,
    entity_id  bigint      not null,
    created_at timestamptz not null default now()
);

create function record_index_event() returns trigger language plpgsql as $$
begin
    insert into index_event (doc_type, entity_id)
    values (tg_argv[0], case when tg_op = 'DELETE' then old.id else new.id end);
    perform pg_notify('index_event', '');
    return null;
end $$;

create trigger feature_card_index_event after insert or update or delete on feature_card
    for each row execute function record_index_event('CARD');
create trigger segment_index_event after insert or update or delete on segment
    for each row execute function record_index_event('SEGMENT');
create trigger glossary_term_index_event after insert or update or delete on glossary_term
    for each row execute function record_index_event('GLOSSARY');
create trigger release_note_index_event after insert or update or delete on release_note
    for each row execute function record_index_event('RELEASE');

-- Searches that found nothing: the PMs' content backlog.
create table search_gap (
    id          bigint generated always as identity primary key,
    query       varchar(500) not null,
    normalized  varchar(500) not null,
    caller_role varchar(32)  not null,
    searched_at timestamptz  not null default now()
);
create index search_gap_normalized on search_gap (normalized);

-- Identifies this database, so an index built from another one (a reset dev or test database) is rebuilt.
create table database_identity (token uuid not null default gen_random_uuid());
insert into database_identity default values;
