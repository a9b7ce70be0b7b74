-- Client profiles a rep saved under a name on the pitch page (issue 17). Each belongs to one user, named by the
-- token's principal; nobody else reads them. A null products_owned means "not known", as in the pitch query.
create table saved_client_profile (
    id             bigserial     primary key,
    owner          varchar(200)  not null,
    name           varchar(100)  not null,
    employees      integer       constraint saved_client_profile_employees check (employees >= 0),
    industry       varchar(64),
    products_owned varchar(80)[],
    version        integer       not null default 0,
    created_at     timestamptz   not null default now(),
    updated_at     timestamptz   not null default now(),
    constraint saved_client_profile_name unique (owner, name)
);

create table saved_client_profile_metric (
    profile_id bigint        not null references saved_client_profile (id) on delete cascade,
    position   integer       not null,
    metric     varchar(64)   not null,
    value      numeric       not null,
    primary key (profile_id, position)
);
