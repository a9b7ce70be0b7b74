-- Issue 15: a card page's evidence, release notes and verification state are kept in memory under the state of the
-- card they belong to, so a page whose card has not changed reads none of them again. What they depend on besides
-- the card's own row (evidence and release notes rows, card_change rows) is written elsewhere; each such write
-- upserts its card's row here, so the row's xmin (the transaction that last wrote it, which no other committed state
-- shares) changes with every committed change of a card's dependents, whichever replica or importer made it. A card
-- lookup reads it with the card's own row (FeatureCardService). One row per card: writers of different cards never
-- wait for each other. No foreign key: a card's deletion cascades to its card_change rows after the card is gone.

create table card_dependents_state (
    card_id    bigint      primary key,
    changed_at timestamptz not null default now()
);

create function touch_card_dependents(card bigint) returns void language sql as $$
    insert into card_dependents_state (card_id) values (card)
    on conflict (card_id) do update set changed_at = now()
$$;

create function record_card_dependents_change() returns trigger language plpgsql as $$
begin
    if tg_op <> 'INSERT' then
        perform touch_card_dependents(old.card_id);
    end if;
    if tg_op = 'INSERT' or (tg_op = 'UPDATE' and new.card_id is distinct from old.card_id) then
        perform touch_card_dependents(new.card_id);
    end if;
    return null;
end $$;

create trigger evidence_card_dependents after insert or update or delete on evidence
    for each row execute function record_card_dependents_change();
create trigger release_note_card_dependents after insert or update or delete on release_note
    for each row execute function record_card_dependents_change();
-- card_change rows are only inserted, and deleted with their card (nothing left to mark then).
create trigger card_change_card_dependents after insert on card_change
    for each row execute function record_card_dependents_change();

-- A truncate fires no row trigger: it changes every card's dependents.
create function record_all_card_dependents_change() returns trigger language plpgsql as $$
begin
    insert into card_dependents_state (card_id) select id from feature_card
    on conflict (card_id) do update set changed_at = now();
    return null;
end $$;

create trigger evidence_truncate_card_dependents after truncate on evidence
    for each statement execute function record_all_card_dependents_change();
create trigger release_note_truncate_card_dependents after truncate on release_note
    for each statement execute function record_all_card_dependents_change();
create trigger card_change_truncate_card_dependents after truncate on card_change
    for each statement execute function record_all_card_dependents_change();
