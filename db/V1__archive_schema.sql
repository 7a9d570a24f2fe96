-- Cable Archive: the records of the archive. Rules that keep the data whole live here as constraints, not
-- only in Java, so that no other writer (a script, a bulk load) can break them.

-- ---------------------------------------------------------------------------------------------------------
-- people: authority records and the glossary
-- ---------------------------------------------------------------------------------------------------------
create table person (
    id          bigint generated always as identity primary key,
    name        text        not null check (btrim(name) <> ''),
    description text,
    created_at  timestamptz not null default now()
);
create index person_name_idx on person (lower(name));

-- Where a person record was taken from: a volume's persons list entry (xml:id unique only within a volume).
create table person_source (
    person_id bigint       not null references person (id) on delete cascade,
    volume_id varchar(100) not null,
    xml_id    varchar(100) not null,
    primary key (volume_id, xml_id)
);
create index person_source_person_idx on person_source (person_id);

-- A position a person held, over time: "Chargé in the Soviet Union", from 1951-10 to 1952-04.
create table person_position (
    id         bigint generated always as identity primary key,
    person_id  bigint not null references person (id) on delete cascade,
    title      text   not null check (btrim(title) <> ''),
    held_from  date,
    held_until date,
    check (held_from is null or held_until is null or held_from <= held_until)
);
create index person_position_person_idx on person_position (person_id);

create table glossary_term (
    id           bigint generated always as identity primary key,
    abbreviation varchar(100) not null check (btrim(abbreviation) <> ''),
    expansion    text         not null check (btrim(expansion) <> ''),
    source       text
);
create unique index glossary_term_unique_idx on glossary_term (lower(abbreviation), lower(expansion));

-- ---------------------------------------------------------------------------------------------------------
-- records: volumes, chapters, documents and what hangs off them
-- ---------------------------------------------------------------------------------------------------------
create table volume (
    id             varchar(100) primary key check (id ~ '^[A-Za-z0-9][A-Za-z0-9._-]*$'),
    title          text         not null check (btrim(title) <> ''),
    series         text,
    subseries      text,
    volume_number  text,
    volume_title   text,
    editors        text[]       not null default '{}',
    published_year integer check (published_year between 1800 and 2200),
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now()
);

create table chapter (
    id        bigint generated always as identity primary key,
    volume_id varchar(100) not null references volume (id) on delete cascade,
    parent_id bigint references chapter (id) on delete cascade,
    xml_id    varchar(100),
    kind      varchar(20)  not null default 'CHAPTER' check (kind in ('COMPILATION', 'CHAPTER', 'SUBCHAPTER', 'SECTION')),
    title     text         not null,
    position  integer      not null check (position >= 0),
    unique (volume_id, xml_id)
);
create index chapter_volume_idx on chapter (volume_id, position);
create index chapter_parent_idx on chapter (parent_id);

create table document (
    id                  varchar(120) primary key check (id ~ '^[A-Za-z0-9][A-Za-z0-9._-]*$'),
    volume_id           varchar(100) references volume (id) on delete restrict,
    chapter_id          bigint references chapter (id) on delete set null,
    xml_id              varchar(100),
    number_in_volume    varchar(20),
    position_in_volume  integer check (position_in_volume >= 0),
    type                varchar(40)  not null check (type in ('TELEGRAM', 'CIRCULAR_TELEGRAM', 'AIRGRAM', 'MEMORANDUM',
                            'MEMORANDUM_OF_CONVERSATION', 'LETTER', 'DESPATCH', 'NOTE', 'EDITORIAL_NOTE', 'OTHER')),
    title               text         not null check (btrim(title) <> ''),
    source_note         text,
    file_number         text,
    classification      varchar(30)  not null check (classification in ('TOP_SECRET', 'SECRET', 'CONFIDENTIAL',
                            'RESTRICTED', 'LIMITED_OFFICIAL_USE', 'OFFICIAL_USE_ONLY', 'UNCLASSIFIED', 'UNKNOWN')),
    precedence          varchar(20)  not null check (precedence in ('FLASH', 'NIACT', 'IMMEDIATE', 'PRIORITY',
                            'ROUTINE', 'UNKNOWN')),
    handling            text[]       not null default '{}',
    telegram_number     varchar(40),
    date_value          varchar(60),
    date_earliest       date,
    date_latest         date,
    place               text,
    sender_role         text,
    sender_name         text,
    sender_person_id    bigint references person (id) on delete set null,
    recipient_role      text,
    recipient_name      text,
    recipient_person_id bigint references person (id) on delete set null,
    body                text         not null,
    distribution        text,
    signature           text,
    page_start          integer check (page_start >= 0),
    page_end            integer check (page_end >= 0),
    status              varchar(20)  not null check (status in ('DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED',
                            'PUBLISHED', 'WITHDRAWN')),
    version             bigint       not null default 0,
    created_by          varchar(100) not null,
    created_at          timestamptz  not null default now(),
    updated_by          varchar(100) not null,
    updated_at          timestamptz  not null default now(),
    unique (volume_id, xml_id),
    check ((date_value is null) = (date_earliest is null) and (date_value is null) = (date_latest is null)),
    check (date_earliest <= date_latest),
    check (page_start <= page_end),
    check (body like '<body%')
);
create index document_status_created_idx on document (status, created_at desc);
create index document_date_idx on document (date_earliest, date_latest);
create index document_volume_idx on document (volume_id, position_in_volume);
create index document_telegram_idx on document (telegram_number) where telegram_number is not null;
create index document_sender_person_idx on document (sender_person_id);
create index document_recipient_person_idx on document (recipient_person_id);
create index document_chapter_idx on document (chapter_id);

create table footnote (
    id          bigint generated always as identity primary key,
    document_id varchar(120) not null references document (id) on delete cascade,
    key         varchar(100) not null,
    mark        varchar(20)  not null check (btrim(mark) <> ''),
    text        text         not null,
    position    integer      not null check (position >= 0),
    unique (document_id, key),
    unique (document_id, position)
);

create table cross_reference (
    id                 bigint generated always as identity primary key,
    document_id        varchar(120) not null references document (id) on delete cascade,
    key                varchar(100) not null,
    kind               varchar(20)  not null check (kind in ('EMBTEL', 'DEPTEL', 'URTEL', 'MYTEL', 'REFTEL', 'CONTEL',
                           'LEGTEL', 'CIRTEL', 'DEPCIRTEL', 'DOCUMENT', 'PAGE', 'OTHER')),
    number             varchar(40),
    reference_date     date,
    label              text         not null,
    target             text,
    target_document_id varchar(120) references document (id) on delete set null,
    position           integer      not null check (position >= 0),
    unique (document_id, key),
    unique (document_id, position)
);
create index cross_reference_target_idx on cross_reference (target_document_id);
create index cross_reference_unresolved_idx on cross_reference (kind, number) where target_document_id is null;

-- A person named in a document: as its sender, its recipient, or in its text.
create table person_mention (
    id            bigint generated always as identity primary key,
    document_id   varchar(120) not null references document (id) on delete cascade,
    person_id     bigint references person (id) on delete set null,
    role          varchar(20)  not null check (role in ('SENDER', 'RECIPIENT', 'MENTIONED')),
    name_printed  text         not null check (btrim(name_printed) <> '')
);
create index person_mention_document_idx on person_mention (document_id);
create index person_mention_person_idx on person_mention (person_id);

-- ---------------------------------------------------------------------------------------------------------
-- accounts
-- ---------------------------------------------------------------------------------------------------------
create table account (
    id            bigint generated always as identity primary key,
    username      varchar(100) not null check (username ~ '^[A-Za-z0-9._@-]+$'),
    password_hash text         not null,
    roles         text[]       not null default '{}',
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now()
);
create unique index account_username_idx on account (lower(username));
