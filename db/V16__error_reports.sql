-- Reports of errors from readers ("Report an error" on a document's page) and how the desk decided them.
-- A report is never shown to the public. The reader's address is kept only as a hash, to limit how many reports
-- one address may send in an hour.

create table error_report (
    id            bigint generated always as identity primary key,
    document_id   varchar(120) not null,
    passage       text         not null check (btrim(passage) <> '' and length(passage) <= 2000),
    problem       text         not null check (btrim(problem) <> '' and length(problem) <= 4000),
    suggestion    text         check (length(suggestion) <= 4000),
    contact       text         check (length(contact) <= 300),
    reporter      varchar(100),
    address_hash  varchar(64)  not null,
    status        varchar(20)  not null default 'OPEN' check (status in ('OPEN', 'RESOLVED', 'DECLINED')),
    created_at    timestamptz  not null default now(),
    decided_by    varchar(100),
    decided_at    timestamptz,
    reason        text         check (length(reason) <= 4000),
    revision      integer      check (revision > 0),
    check ((status = 'OPEN') = (decided_at is null)),
    check (status <> 'DECLINED' or btrim(coalesce(reason, '')) <> ''),
    check (status <> 'RESOLVED' or revision is not null)
);
-- The desk's queue (open reports, oldest first, read by key), a reader's own reports, the limit per address.
create index error_report_open_idx on error_report (id) where status = 'OPEN';
create index error_report_reporter_idx on error_report (lower(reporter), id desc) where reporter is not null;
create index error_report_address_idx on error_report (address_hash, created_at);
create index error_report_document_idx on error_report (document_id, id);
