-- "Report a problem / ask the owner" on a card (issue 17): what a reader sent about a card, for the card's owner to
-- read on their PM page. The owner is not copied here: it is the card's owner when the list is read, so a card
-- handed to another PM brings its open messages with it.
create table card_feedback (
    id         bigserial     primary key,
    card_id    bigint        not null references feature_card (id) on delete cascade,
    kind       varchar(16)   not null constraint card_feedback_kind check (kind in ('PROBLEM', 'QUESTION')),
    message    varchar(2000) not null,
    sent_by    varchar(200)  not null,
    created_at timestamptz   not null default now()
);

create index card_feedback_card on card_feedback (card_id, created_at desc);
