-- Counts kept at write time, so that no page counts the archive to show them: what each volume holds (documents,
-- footnotes, cross-references, the days they span), by status, and how many documents name each person, by status.
-- Statement-level triggers keep them, so every writer (the entity mapping, a volume import's batched inserts, a bulk
-- load with COPY, a script) keeps them right in the same transaction, and a statement of a million rows updates a
-- summary row once. The public's figures are those of PUBLISHED; staff's the sum over every status.

-- ---------------------------------------------------------------------------------------------------------
-- What each volume holds, by status. Documents entered alone, outside any volume, are counted under volume ''.
-- ---------------------------------------------------------------------------------------------------------
create table volume_summary (
    volume_id        varchar(100) not null,
    status           varchar(20)  not null,
    documents        bigint       not null default 0,
    footnotes        bigint       not null default 0,
    cross_references bigint       not null default 0,
    earliest         date,
    latest           date,
    primary key (volume_id, status)
);

-- The first and last day of a volume's documents of one status are found in these indexes, whatever the archive's size.
create index document_volume_status_earliest_idx on document (volume_id, status, date_earliest);
create index document_volume_status_latest_idx on document (volume_id, status, date_latest);

-- The days a volume's documents of one status span, read again from the indexes above.
create function volume_summary_refresh_dates(v varchar, st varchar) returns void language plpgsql as $$
begin
    if v = '' then
        update volume_summary set
            earliest = (select min(date_earliest) from document where volume_id is null and status = st),
            latest   = (select max(date_latest) from document where volume_id is null and status = st)
        where volume_id = v and status = st;
    else
        update volume_summary set
            earliest = (select min(date_earliest) from document where volume_id = v and status = st),
            latest   = (select max(date_latest) from document where volume_id = v and status = st)
        where volume_id = v and status = st;
    end if;
end;
$$;

-- ---------------------------------------------------------------------------------------------------------
-- How many documents name each person (as sender, recipient or in the text), by the documents' status.
-- ---------------------------------------------------------------------------------------------------------
create table person_summary (
    person_id bigint      not null,
    status    varchar(20) not null,
    documents bigint      not null default 0,
    primary key (person_id, status)
);

-- A person's documents in date order (undated last), read by key: the mention carries its document's first day.
alter table person_mention add column document_sort date not null default 'infinity';
update person_mention m set document_sort = coalesce(d.date_earliest, 'infinity') from document d where d.id = m.document_id;
create index person_mention_person_sort_idx on person_mention (person_id, document_sort, document_id);

create function person_mention_sort_fill() returns trigger language plpgsql as $$
begin
    new.document_sort := coalesce((select date_earliest from document where id = new.document_id), 'infinity');
    return new;
end;
$$;
create trigger person_mention_sort_fill before insert or update of document_id on person_mention
    for each row execute function person_mention_sort_fill();

create function document_sort_follow() returns trigger language plpgsql as $$
begin
    update person_mention set document_sort = coalesce(new.date_earliest, 'infinity') where document_id = new.id;
    return null;
end;
$$;
create trigger document_sort_follow after update of date_earliest on document
    for each row when (old.date_earliest is distinct from new.date_earliest) execute function document_sort_follow();

-- ---------------------------------------------------------------------------------------------------------
-- documents
-- ---------------------------------------------------------------------------------------------------------
create function document_summary_inserted() returns trigger language plpgsql as $$
begin
    insert into volume_summary as s (volume_id, status, documents, earliest, latest)
    select coalesce(volume_id, ''), status, count(*), min(date_earliest), max(date_latest)
    from new_rows group by 1, 2 order by 1, 2
    on conflict (volume_id, status) do update set documents = s.documents + excluded.documents,
        earliest = least(s.earliest, excluded.earliest), latest = greatest(s.latest, excluded.latest);
    return null;
end;
$$;
create trigger document_summary_inserted after insert on document referencing new table as new_rows
    for each statement execute function document_summary_inserted();

create function document_summary_updated() returns trigger language plpgsql as $$
declare
    b record;
begin
    -- Most updates (an edit, a reindexed body) move nothing: leave at once.
    if not exists (select 1 from old_rows o join new_rows n on n.id = o.id
                   where coalesce(o.volume_id, '') <> coalesce(n.volume_id, '') or o.status <> n.status
                      or (o.date_earliest, o.date_latest) is distinct from (n.date_earliest, n.date_latest)) then
        return null;
    end if;

    -- A document that changed volume or status takes itself, its footnotes and references along...
    with moved as (
        select o.id, coalesce(o.volume_id, '') as old_volume, o.status as old_status,
               coalesce(n.volume_id, '') as new_volume, n.status as new_status
        from old_rows o join new_rows n on n.id = o.id
        where coalesce(o.volume_id, '') <> coalesce(n.volume_id, '') or o.status <> n.status),
    counted as (
        select m.*, (select count(*) from footnote where document_id = m.id) as f,
                    (select count(*) from cross_reference where document_id = m.id) as x
        from moved m)
    insert into volume_summary as s (volume_id, status, documents, footnotes, cross_references)
    select v, st, sum(d), sum(f), sum(x) from (
        select old_volume as v, old_status as st, -1 as d, -f as f, -x as x from counted
        union all
        select new_volume, new_status, 1, f, x from counted) deltas
    group by v, st order by v, st
    on conflict (volume_id, status) do update set documents = s.documents + excluded.documents,
        footnotes = s.footnotes + excluded.footnotes, cross_references = s.cross_references + excluded.cross_references;

    -- ... and the persons it names move with it.
    with moved as (
        select o.id, o.status as old_status, n.status as new_status
        from old_rows o join new_rows n on n.id = o.id where o.status <> n.status),
    named as (
        select m.*, p.person_id from moved m,
            lateral (select distinct person_id from person_mention where document_id = m.id and person_id is not null) p)
    insert into person_summary as s (person_id, status, documents)
    select pid, st, sum(d) from (
        select person_id as pid, old_status as st, -1 as d from named
        union all
        select person_id, new_status, 1 from named) deltas
    group by pid, st order by pid, st
    on conflict (person_id, status) do update set documents = s.documents + excluded.documents;

    for b in select coalesce(o.volume_id, '') as v, o.status as st from old_rows o join new_rows n on n.id = o.id
             where coalesce(o.volume_id, '') <> coalesce(n.volume_id, '') or o.status <> n.status
                or (o.date_earliest, o.date_latest) is distinct from (n.date_earliest, n.date_latest)
             union
             select coalesce(n.volume_id, ''), n.status from old_rows o join new_rows n on n.id = o.id
             where coalesce(o.volume_id, '') <> coalesce(n.volume_id, '') or o.status <> n.status
                or (o.date_earliest, o.date_latest) is distinct from (n.date_earliest, n.date_latest) loop
        perform volume_summary_refresh_dates(b.v, b.st);
    end loop;
    return null;
end;
$$;
create trigger document_summary_updated after update on document referencing old table as old_rows new table as new_rows
    for each statement execute function document_summary_updated();

-- Before a document goes, while its footnotes, references and mentions are still there to be counted (they go
-- with it, and their own triggers then no longer find it).
create function document_summary_deleting() returns trigger language plpgsql as $$
begin
    update volume_summary set
        footnotes = footnotes - (select count(*) from footnote where document_id = old.id),
        cross_references = cross_references - (select count(*) from cross_reference where document_id = old.id)
    where volume_id = coalesce(old.volume_id, '') and status = old.status;
    update person_summary set documents = documents - 1
    where status = old.status
      and person_id in (select person_id from person_mention where document_id = old.id and person_id is not null);
    return old;
end;
$$;
create trigger document_summary_deleting before delete on document
    for each row execute function document_summary_deleting();

create function document_summary_deleted() returns trigger language plpgsql as $$
declare
    b record;
begin
    for b in select coalesce(volume_id, '') as v, status as st, count(*) as n from old_rows group by 1, 2 order by 1, 2 loop
        update volume_summary set documents = documents - b.n where volume_id = b.v and status = b.st;
        perform volume_summary_refresh_dates(b.v, b.st);
    end loop;
    return null;
end;
$$;
create trigger document_summary_deleted after delete on document referencing old table as old_rows
    for each statement execute function document_summary_deleted();

create function document_summary_truncated() returns trigger language plpgsql as $$
begin
    delete from volume_summary;
    delete from person_summary;
    return null;
end;
$$;
create trigger document_summary_truncated after truncate on document
    for each statement execute function document_summary_truncated();

-- ---------------------------------------------------------------------------------------------------------
-- footnotes and cross-references: counted in the bucket of the document they belong to (looked up by its key)
-- ---------------------------------------------------------------------------------------------------------
create function note_summary_changed() returns trigger language plpgsql as $$
declare
    counted text := case when tg_table_name = 'footnote' then 'footnotes' else 'cross_references' end;
    -- (document_id, +1 or -1) a row; an update that moves a row to another document counts as both.
    rows text := case tg_op
        when 'INSERT' then 'select document_id, 1 as d from new_rows'
        when 'DELETE' then 'select document_id, -1 as d from old_rows'
        else 'select document_id, 1 as d from new_rows union all select document_id, -1 from old_rows' end;
begin
    execute format($f$
        insert into volume_summary as s (volume_id, status, %1$I)
        select doc.v, doc.st, sum(n.d) from
            (select document_id, sum(d) as d from (%2$s) r group by document_id having sum(d) <> 0) n,
            lateral (select coalesce(volume_id, '') as v, status as st from document where id = n.document_id limit 1) doc
        group by doc.v, doc.st order by doc.v, doc.st
        on conflict (volume_id, status) do update set %1$I = s.%1$I + excluded.%1$I$f$, counted, rows);
    return null;
end;
$$;

create trigger footnote_summary_inserted after insert on footnote referencing new table as new_rows
    for each statement execute function note_summary_changed();
create trigger footnote_summary_updated after update on footnote referencing old table as old_rows new table as new_rows
    for each statement execute function note_summary_changed();
create trigger footnote_summary_deleted after delete on footnote referencing old table as old_rows
    for each statement execute function note_summary_changed();
create trigger cross_reference_summary_inserted after insert on cross_reference referencing new table as new_rows
    for each statement execute function note_summary_changed();
create trigger cross_reference_summary_updated after update on cross_reference
    referencing old table as old_rows new table as new_rows for each statement execute function note_summary_changed();
create trigger cross_reference_summary_deleted after delete on cross_reference referencing old table as old_rows
    for each statement execute function note_summary_changed();

-- ---------------------------------------------------------------------------------------------------------
-- person mentions: a document counts once for a person however often it names them. For each (document, person)
-- pair a statement touched, the pair counts when mentions of it remain now and did not before, or the reverse.
-- ---------------------------------------------------------------------------------------------------------
create function person_summary_changed() returns trigger language plpgsql as $$
declare
    rows text := case tg_op
        when 'INSERT' then 'select document_id, person_id, 1 as d from new_rows where person_id is not null'
        when 'DELETE' then 'select document_id, person_id, -1 as d from old_rows where person_id is not null'
        else 'select document_id, person_id, 1 as d from new_rows where person_id is not null union all '
             'select document_id, person_id, -1 from old_rows where person_id is not null' end;
begin
    execute format($f$
        insert into person_summary as s (person_id, status, documents)
        select c.person_id, doc.st, sum(c.counts) from (
            select t.document_id, t.person_id, (now_rows > 0)::int - ((now_rows - t.d) > 0)::int as counts from (
                select document_id, person_id, sum(d) as d,
                       (select count(*) from person_mention m
                        where m.document_id = x.document_id and m.person_id = x.person_id) as now_rows
                from (%s) x group by document_id, person_id having sum(d) <> 0) t) c,
            lateral (select status as st from document where id = c.document_id limit 1) doc
        where c.counts <> 0
        group by c.person_id, doc.st order by c.person_id, doc.st
        on conflict (person_id, status) do update set documents = s.documents + excluded.documents$f$, rows);
    return null;
end;
$$;
create trigger person_summary_inserted after insert on person_mention referencing new table as new_rows
    for each statement execute function person_summary_changed();
create trigger person_summary_updated after update on person_mention referencing old table as old_rows new table as new_rows
    for each statement execute function person_summary_changed();
create trigger person_summary_deleted after delete on person_mention referencing old table as old_rows
    for each statement execute function person_summary_changed();

create function note_summary_truncated() returns trigger language plpgsql as $$
begin
    if tg_table_name = 'footnote' then
        update volume_summary set footnotes = 0;
    elsif tg_table_name = 'cross_reference' then
        update volume_summary set cross_references = 0;
    else
        delete from person_summary;
    end if;
    return null;
end;
$$;
create trigger footnote_summary_truncated after truncate on footnote for each statement execute function note_summary_truncated();
create trigger cross_reference_summary_truncated after truncate on cross_reference
    for each statement execute function note_summary_truncated();
create trigger person_summary_truncated after truncate on person_mention
    for each statement execute function note_summary_truncated();

-- ---------------------------------------------------------------------------------------------------------
-- What the archive held before this migration.
-- ---------------------------------------------------------------------------------------------------------
insert into volume_summary (volume_id, status, documents, earliest, latest)
select coalesce(volume_id, ''), status, count(*), min(date_earliest), max(date_latest) from document group by 1, 2;
update volume_summary s set footnotes = x.n
from (select coalesce(d.volume_id, '') as v, d.status, count(*) as n from footnote f join document d on d.id = f.document_id
      group by 1, 2) x
where s.volume_id = x.v and s.status = x.status;
update volume_summary s set cross_references = x.n
from (select coalesce(d.volume_id, '') as v, d.status, count(*) as n from cross_reference r join document d on d.id = r.document_id
      group by 1, 2) x
where s.volume_id = x.v and s.status = x.status;
insert into person_summary (person_id, status, documents)
select m.person_id, d.status, count(distinct m.document_id) from person_mention m join document d on d.id = m.document_id
where m.person_id is not null group by 1, 2;

-- ---------------------------------------------------------------------------------------------------------
-- Pages that read by key
-- ---------------------------------------------------------------------------------------------------------
-- /documents, newest first, read by key and entered at any page by arithmetic: every document has its place in the
-- order documents were entered (list_seq), and a published one its place in the order documents were published
-- (public_seq, none while it is not public). Page N of a list begins at the N-th twenty places from its newest.
create sequence document_list_seq;
create sequence document_public_seq;
alter table document add column list_seq bigint, add column public_seq bigint;
update document d set list_seq = o.n from (select id, row_number() over (order by created_at, id) as n from document) o
where o.id = d.id;
update document d set public_seq = o.n
from (select id, row_number() over (order by published_at, created_at, id) as n from document where status = 'PUBLISHED') o
where o.id = d.id;
select setval('document_list_seq', coalesce((select max(list_seq) from document), 0) + 1, false);
select setval('document_public_seq', coalesce((select max(public_seq) from document), 0) + 1, false);
alter table document alter column list_seq set default nextval('document_list_seq'), alter column list_seq set not null;

create function document_public_place() returns trigger language plpgsql as $$
begin
    if new.status <> 'PUBLISHED' then
        new.public_seq := null;
    elsif tg_op = 'INSERT' or old.status <> 'PUBLISHED' or new.public_seq is null then
        new.public_seq := nextval('document_public_seq');
    end if;
    return new;
end;
$$;
create trigger document_public_place before insert or update of status on document
    for each row execute function document_public_place();
create unique index document_list_seq_idx on document (list_seq);
create unique index document_public_seq_idx on document (public_seq) where public_seq is not null;
-- The previous and next document in date order.
create index document_earliest_id_idx on document (date_earliest, id) where date_earliest is not null;

-- The persons index: names found by their beginning or any part, whatever their case and accents.
create extension if not exists unaccent;
create extension if not exists pg_trgm;
create function archive_fold(text) returns text language sql immutable parallel safe strict set search_path from current
    as $$ select lower(unaccent('unaccent'::regdictionary, $1)) $$;
alter table person add column name_key text generated always as (archive_fold(name)) stored;
create index person_name_key_idx on person (name_key text_pattern_ops, id);
create index person_name_key_trgm_idx on person using gin (name_key gin_trgm_ops);
