-- A volume kept whole: whatever the archive does not model as records (the teiHeader, front and back matter,
-- the structure around the documents, chapter-level paragraphs, page breaks between documents, list heads and
-- item markup) is kept verbatim, in file order, as the volume's parts. A document stands in its place as a
-- DOCUMENT part holding the start tag of its div. OPEN and CLOSE parts are the start and end tags of the elements
-- that hold documents (TEI, text, front, body, back, chapters); OPEN keeps the start tag as an empty element.
create table volume_part (
    volume_id varchar(100) not null references volume (id) on delete cascade,
    position  integer      not null check (position >= 0),
    kind      varchar(10)  not null check (kind in ('OPEN', 'CLOSE', 'FRAGMENT', 'TEXT', 'DOCUMENT')),
    zone      varchar(10)  not null check (zone in ('HEADER', 'FRONT', 'BODY', 'BACK', 'OTHER')),
    xml_id    text,
    tei       text         not null default '',
    primary key (volume_id, position)
);

-- How a volume numbers its pages: through the volume (printed volumes), or afresh in each document (the
-- electronic-only volumes: <pb n="1" xml:id="d2-01"/>, 2, 3… in every document).
alter table volume add column page_numbering varchar(10) not null default 'VOLUME'
    check (page_numbering in ('VOLUME', 'DOCUMENT'));
