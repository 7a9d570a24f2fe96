-- When a document became public, for the feed of newly published documents and the datestamps of OAI-PMH.

alter table document add column published_at timestamptz;

-- Documents public before this column existed were public from their creation: nothing else was recorded.
update document set published_at = created_at where status = 'PUBLISHED';

-- A published document always says since when.
alter table document add constraint document_published_at_check check (status <> 'PUBLISHED' or published_at is not null);

-- The feed: newest publications first.
create index document_published_idx on document (status, published_at desc, id desc);

-- Harvesting (OAI-PMH): documents in the order they last changed for the public (their publication, or a later
-- change of a public document), then by id, so that a harvest pages through them by key, not by offset.
create index document_public_change_idx on document (status, greatest(published_at, updated_at), id);
