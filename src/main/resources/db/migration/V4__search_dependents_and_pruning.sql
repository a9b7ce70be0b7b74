-- Search, continued (issue 4). Version 4: main already has a V3 (card workflow), and versions need not be contiguous.
--
-- 1. A card's search document also holds the term and aliases of every glossary term it declares, and the name of its
--    product. When those change, the cards carrying them are re-indexed: the triggers record an event per card, in
--    the same transaction as the change, like every other index event.

create function record_dependent_card_events() returns trigger language plpgsql as $$
begin
    insert into index_event (doc_type, entity_id)
    select 'CARD', c.id from feature_card c
    where (tg_table_name = 'glossary_term' and c.id in (select card_id from card_glossary_term where term_id = new.id))
       or (tg_table_name = 'product' and c.product_id = new.id);
    perform pg_notify('index_event', '');
    return null;
end $$;

create trigger glossary_term_card_index_events after update of term, aliases on glossary_term
    for each row when (old.term is distinct from new.term or old.aliases is distinct from new.aliases)
    execute function record_dependent_card_events();

create trigger product_card_index_events after update of name, slug on product
    for each row when (old.name is distinct from new.name or old.slug is distinct from new.slug)
    execute function record_dependent_card_events();

-- A card's declared terms changed without its row (plain SQL): the card is re-indexed all the same.
create function record_card_event_for_link() returns trigger language plpgsql as $$
begin
    insert into index_event (doc_type, entity_id)
    values ('CARD', case when tg_op = 'DELETE' then old.card_id else new.card_id end);
    perform pg_notify('index_event', '');
    return null;
end $$;

create trigger card_glossary_term_index_event after insert or update or delete on card_glossary_term
    for each row execute function record_card_event_for_link();

-- 2. Pruning the outbox. Every replica records the outbox position its index has committed (everything up to it is
--    applied and survives a crash). Events at or below the lowest position of the replicas heard from within the
--    retention period are deleted, and so is any event older than the retention period. The highest sequence ever
--    deleted is kept: a replica whose committed position is below it has lost events and rebuilds its index.

create table index_replica (
    replica_id  varchar(200) primary key,
    position    bigint       not null,
    updated_at  timestamptz  not null default now()
);

create table index_event_pruned (through bigint not null);
insert into index_event_pruned values (0);

create index index_event_created_at on index_event (created_at);
