-- Spring Modulith's event publication registry (JPA): a row for each event and each listener that must not lose it,
-- written in the transaction that published the event, completed when the listener has run. A row left incomplete
-- (the node died before its listener ran, or the listener failed) is delivered again (storage.EventRedelivery).
create table event_publication (
    id                     uuid         not null primary key,
    listener_id            varchar(512) not null,
    event_type             varchar(512) not null,
    serialized_event       text         not null,
    publication_date       timestamp(6) with time zone not null,
    completion_date        timestamp(6) with time zone,
    status                 varchar(20),
    completion_attempts    int          not null default 0,
    last_resubmission_date timestamp(6) with time zone
);
-- A completed publication is deleted (spring.modulith.events.completion-mode=delete): the table holds what is
-- outstanding, a handful of rows. Completion finds a publication by its listener and event.
create index event_publication_by_listener on event_publication (listener_id);

-- The registry's archive table, used only with spring.modulith.events.completion-mode=archive; kept for schema validation.
create table event_publication_archive (like event_publication including all);
