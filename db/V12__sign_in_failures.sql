-- Failed sign-ins, kept in the database so that throttling holds across every node of the archive. A row is one
-- wrong password (or unknown username) typed from one address; rows older than the throttling window are deleted
-- as new ones come. The username is kept as typed, lowercased, whether or not such an account exists.
create table sign_in_failure (
    id        bigint generated always as identity primary key,
    username  varchar(200) not null,
    address   varchar(64)  not null,
    at        timestamptz  not null default now()
);
create index sign_in_failure_address_idx on sign_in_failure (address, at);
create index sign_in_failure_username_idx on sign_in_failure (username, address, at);
