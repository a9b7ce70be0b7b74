-- Review before publishing, verification and history of every card change (issue 6).

alter table feature_card
    add column submitted_by      varchar(200),
    add column last_verified_by  varchar(200),
    add column verify_every_days integer not null default 90
        constraint feature_card_verify_every_days check (verify_every_days between 1 and 3650);

-- One row per change: content edits carry the fields they changed, workflow steps who moved the card and where.
-- The snapshot holds the card's content after the change, so an older revision can be restored.
create table card_revision (
    id             bigserial     primary key,
    card_id        bigint        not null references feature_card (id) on delete cascade,
    number         integer       not null,
    action         varchar(32)   not null,
    actor          varchar(200)  not null,
    at             timestamptz   not null default now(),
    status         varchar(16)   not null,
    changed_fields varchar(64)[] not null default '{}',
    comment        varchar(2000),
    snapshot       jsonb         not null,
    constraint card_revision_number unique (card_id, number)
);

-- Changes made through the API to what a card stands on (its evidence, its segments' criteria) since the owner
-- verified it. The content import is the PMs' own files and records none.
create table card_change (
    id      bigserial    primary key,
    card_id bigint       not null references feature_card (id) on delete cascade,
    kind    varchar(16)  not null,
    at      timestamptz  not null default now()
);
create index card_change_card on card_change (card_id, at);

-- A release note is searchable by sales only while its card is published, so a card's status change re-indexes
-- its notes too.
create function record_card_notes_index_events() returns trigger language plpgsql as $$
begin
    insert into index_event (doc_type, entity_id) select 'RELEASE', id from release_note where card_id = new.id;
    perform pg_notify('index_event', '');
    return null;
end $$;

create trigger feature_card_notes_index_event after update of status on feature_card
    for each row when (old.status is distinct from new.status)
    execute function record_card_notes_index_events();
