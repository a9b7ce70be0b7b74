-- Edits to published cards go through review (issue 14). The published text stays in feature_card, which every
-- read path and the search index read; a PM's edit of a published card waits here until a second PM approves it.
-- Existing data: no card has a pending revision; updated_by stays null for saves made before this version.

alter table feature_card add column updated_by varchar(200);

create table card_pending_revision (
    card_id                bigint        primary key references feature_card (id) on delete cascade,
    -- Everyone who edited this revision, first proposer first: none of them may approve it (an admin may, with a comment).
    authors                varchar(200)[] not null,
    created_at             timestamptz   not null default now(),
    updated_at             timestamptz   not null default now(),
    -- The published content the edit started from (CardSnapshot JSON): when the content import changes the published
    -- card meanwhile, the two differ, and approval applies only the fields the edit changed.
    base_snapshot          jsonb         not null,
    -- The edited content (CardSnapshot JSON).
    snapshot               jsonb         not null,
    changes_requested_by   varchar(200),
    changes_requested_at   timestamptz,
    changes_requested_note varchar(2000)
);
