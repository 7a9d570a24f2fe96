-- State that several app nodes on one PostgreSQL share: sessions, import jobs and their files.

-- Browser sessions (Spring Session JDBC's own schema for PostgreSQL), so that any node serves any signed-in browser
-- and an account's sessions can be found, and ended, by its name from any node.
create table spring_session (
    primary_id            char(36)     not null,
    session_id            char(36)     not null,
    creation_time         bigint       not null,
    last_access_time      bigint       not null,
    max_inactive_interval int          not null,
    expiry_time           bigint       not null,
    principal_name        varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36)     not null,
    attribute_name     varchar(200) not null,
    attribute_bytes    bytea        not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id)
        on delete cascade
);

-- Import jobs any node may claim (select ... for update skip locked): the node running one says so, and beats a
-- heartbeat; a job whose heartbeat stops is taken over by another node (or failed after a few attempts). Its
-- progress is kept here so that every node's page shows it.
alter table import_job
    add column node         varchar(200),
    add column heartbeat_at timestamptz,
    add column started_at   timestamptz,
    add column attempts     integer      not null default 0 check (attempts >= 0),
    add column current_file varchar(300),
    add column percent      integer      not null default 0 check (percent between 0 and 100);
create index import_job_queued_idx on import_job (created_at) where status = 'QUEUED';
create index import_job_running_idx on import_job (heartbeat_at) where status = 'RUNNING';

-- The files of an import, kept in the database (as large objects, written and read in pieces) rather than on one
-- node's disk, until their job is over. A file marked done (with the documents it brought) is not imported again when
-- another node resumes the job.
create table import_file (
    job_id   uuid         not null references import_job (id) on delete cascade,
    position integer      not null check (position >= 0),
    name     varchar(300) not null,
    content  oid          not null,
    size     bigint       not null check (size >= 0),
    done     boolean      not null default false,
    documents integer     not null default 0 check (documents >= 0),
    primary key (job_id, position)
);
