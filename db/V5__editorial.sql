-- The editorial desk: who moved a document through review, every saved state of it (revisions), review comments,
-- and the audit log, which nothing in the application can change once written.

alter table document
    add column submitted_by     varchar(100),
    add column approved_by      varchar(100),
    add column withdrawn_reason text,
    add column withdrawn_at     timestamptz,
    add check (status <> 'WITHDRAWN' or (withdrawn_reason is not null and btrim(withdrawn_reason) <> ''));

-- Every save of a document through the desk: a full snapshot (JSON) of what it held after the save.
create table document_revision (
    id          bigint generated always as identity primary key,
    document_id varchar(120) not null references document (id) on delete cascade,
    number      integer      not null check (number >= 1),
    version     bigint       not null,
    action      varchar(30)  not null,
    status      varchar(20)  not null,
    made_by     varchar(100) not null,
    made_at     timestamptz  not null default now(),
    comment     text,
    snapshot    jsonb        not null,
    unique (document_id, number)
);

-- The conversation of review: comments, with the move they came with (a request for changes, an approval).
create table review_comment (
    id          bigint generated always as identity primary key,
    document_id varchar(120) not null references document (id) on delete cascade,
    written_by  varchar(100) not null,
    written_at  timestamptz  not null default now(),
    action      varchar(30),
    text        text         not null check (btrim(text) <> '')
);
create index review_comment_document_idx on review_comment (document_id, written_at);

-- The audit log: append-only. No foreign keys, so that nothing that is deleted later can take its entries along.
create table audit_log (
    id          bigint generated always as identity primary key,
    at          timestamptz  not null default clock_timestamp(),
    actor       varchar(100) not null,
    action      varchar(40)  not null,
    document_id varchar(120),
    subject     text,
    detail      text
);
create index audit_log_at_idx on audit_log (at desc);
create index audit_log_document_idx on audit_log (document_id, at desc) where document_id is not null;
create index audit_log_action_idx on audit_log (action, at desc);

create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit log is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end;
$$;
create trigger audit_log_no_update before update or delete on audit_log
    for each row execute function audit_log_is_append_only();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_is_append_only();
