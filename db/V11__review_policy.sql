-- Every change to what the public reads goes through review.
--
-- Four eyes over the whole history since the last approval: who created, edited or submitted a document since it
-- was last approved may not approve it. touched_by lists them (lower case); approved_once tells a document that was
-- never approved, whose creator counts as having touched it.
alter table document
    add column touched_by    text[]  not null default '{}',
    add column approved_once boolean not null default false;

update document set approved_once = true where approved_by is not null;
update document set touched_by = array(select distinct lower(u) from unnest(array[created_by, updated_by, submitted_by]) u
                                       where u is not null)
    where status in ('DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED');

-- A correction of a published document waits here, beside the published text (which stays in the document row,
-- read by the public, the index, feeds, OAI and exports), until another editor approves it and it is published.
-- The snapshot is the whole reading, as a revision keeps it.
create table document_correction (
    document_id  varchar(120) primary key references document (id) on delete cascade,
    stage        varchar(20)  not null check (stage in ('DRAFT', 'IN_REVIEW', 'CHANGES_REQUESTED', 'APPROVED')),
    snapshot     jsonb        not null,
    proposed_by  varchar(100) not null,
    proposed_at  timestamptz  not null,
    source       text,
    submitted_by varchar(100),
    approved_by  varchar(100)
);
create index document_correction_stage_idx on document_correction (stage);

-- An import job remembers whether an editor published its changes at once, and which published documents it put up
-- for review.
alter table import_job
    add column publish_changes boolean not null default false,
    add column for_review      text[]  not null default '{}';
