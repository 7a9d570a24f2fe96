-- Whole FRUS volumes: what an import needs to keep a volume lossless and to update it in place.

-- The whole <note> element as the volume encodes it (markup, attributes), for a faithful export.
alter table footnote add column tei text;

-- A chapter's <head> as encoded (it may carry a footnote).
alter table chapter add column head_tei text;
alter table chapter alter column title drop not null;

-- The version a document had when its volume was last imported: a later edit by an archivist makes the two
-- differ, and a new import of the volume then reports the document as a conflict instead of overwriting it.
alter table document add column imported_version bigint;

-- Footnotes and references of a re-imported document are replaced in one flush, where inserts run before
-- deletes: the uniqueness of their keys is checked at commit.
alter table footnote drop constraint footnote_document_id_key_key;
alter table footnote add constraint footnote_document_key_unique unique (document_id, key) deferrable initially deferred;
alter table footnote drop constraint footnote_document_id_position_key;
alter table footnote add constraint footnote_document_position_unique unique (document_id, position) deferrable initially deferred;
alter table cross_reference drop constraint cross_reference_document_id_key_key;
alter table cross_reference add constraint cross_reference_document_key_unique unique (document_id, key) deferrable initially deferred;
alter table cross_reference drop constraint cross_reference_document_id_position_key;
alter table cross_reference add constraint cross_reference_document_position_unique unique (document_id, position) deferrable initially deferred;

-- Rows written by the thousand take their ids from sequences in blocks of 50, so inserts can be batched.
alter table footnote alter column id drop identity;
create sequence footnote_id_seq increment by 50;
select setval('footnote_id_seq', coalesce((select max(id) from footnote), 0) + 1, false);
alter table footnote alter column id set default nextval('footnote_id_seq');
alter table cross_reference alter column id drop identity;
create sequence cross_reference_id_seq increment by 50;
select setval('cross_reference_id_seq', coalesce((select max(id) from cross_reference), 0) + 1, false);
alter table cross_reference alter column id set default nextval('cross_reference_id_seq');
alter table person_mention alter column id drop identity;
create sequence person_mention_id_seq increment by 50;
select setval('person_mention_id_seq', coalesce((select max(id) from person_mention), 0) + 1, false);
alter table person_mention alter column id set default nextval('person_mention_id_seq');

-- The order of a volume's persons list.
alter table person_source add column position integer not null default 0;

-- A volume's list of abbreviations and terms: each entry points at its glossary meaning.
create table volume_term (
    volume_id        varchar(100) not null references volume (id) on delete cascade,
    xml_id           varchar(100) not null,
    glossary_term_id bigint       not null references glossary_term (id) on delete restrict,
    position         integer      not null check (position >= 0),
    primary key (volume_id, xml_id)
);
create index volume_term_glossary_idx on volume_term (glossary_term_id);

-- Import jobs started from the web or the API, with their outcome.
create table import_job (
    id          uuid         primary key,
    status      varchar(20)  not null check (status in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
    files       text[]       not null default '{}',
    as_draft    boolean      not null default false,
    forced      boolean      not null default false,
    documents   integer      not null default 0 check (documents >= 0),
    warnings    text[]       not null default '{}',
    conflicts   text[]       not null default '{}',
    error       text,
    created_by  varchar(100) not null,
    created_at  timestamptz  not null default now(),
    finished_at timestamptz
);
create index import_job_created_idx on import_job (created_at desc);

-- A mention keeps the id the volume gave the person ("p_KHA1"), so the volume can be exported as it came.
alter table person_mention add column person_key varchar(100);

-- Unresolved references by the volume they point into, so a newly imported volume finds those waiting for it.
create index cross_reference_waiting_idx on cross_reference (split_part(target, '#', 1))
    where target_document_id is null and kind in ('DOCUMENT', 'PAGE');
