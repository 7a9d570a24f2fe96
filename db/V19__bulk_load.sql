-- A bulk load (the corpus command) drops the secondary indexes that no load reads and builds them again in one pass
-- at its end. Their definitions wait here meanwhile, so that a load cut short leaves nothing lost: the next load, or
-- the archive's next start, builds whatever is noted here.
create table deferred_index (
    name       text primary key,
    definition text not null
);
