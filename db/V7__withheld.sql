-- Withheld passages (redaction). The document's body keeps only the FRUS marker in a passage's place
-- (<gap reason="notDeclassified" xml:id="KEY"><desc>EXTENT</desc></gap>); the passage itself lives here, read only by
-- code that has checked the reader's right, so that no public output (pages, index, feeds, OAI-PMH, exports) can
-- carry it.
create table withheld_passage (
    id          bigint generated always as identity primary key,
    document_id varchar(120) not null references document (id) on delete cascade,
    key         varchar(200) not null,
    text        text         not null check (btrim(text) <> ''),
    tei         text         not null,
    extent      text         not null check (btrim(extent) <> ''),
    reason      text         not null check (btrim(reason) <> ''),
    withheld_by varchar(100) not null,
    withheld_at timestamptz  not null default now(),
    unique (document_id, key)
);
