-- What signed-in readers keep: saved searches (the query string of a search page) and bookmarks of documents.

create table saved_search (
    id           bigint generated always as identity primary key,
    username     varchar(100) not null,
    name         text         not null check (btrim(name) <> '' and length(name) <= 200),
    query        text         not null check (length(query) <= 4000),
    count_saved  bigint       not null default 0,
    created_at   timestamptz  not null default now()
);
create index saved_search_user_idx on saved_search (lower(username), created_at desc);

create table bookmark (
    id          bigint generated always as identity primary key,
    username    varchar(100) not null,
    document_id varchar(120) not null,
    note        text check (length(note) <= 2000),
    created_at  timestamptz  not null default now()
);
create unique index bookmark_user_document_idx on bookmark (lower(username), document_id);
