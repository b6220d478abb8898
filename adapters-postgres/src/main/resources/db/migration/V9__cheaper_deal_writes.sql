-- Less work for PostgreSQL in every change of a deal (issue 9; bench/run's statements-accept.txt shows each
-- statement's cost). Nothing a query reads changes.

-- 1. A queued push wakes the dispatchers (V5). V5's trigger was a statement trigger with a transition table: it ran,
-- and captured its rows, for every notification raised, also when the recipient has no device and nothing is queued.
-- A row trigger runs only for a queued push. PostgreSQL sends one notification per channel and payload per
-- transaction, at commit, so the dispatchers still wake once per commit that queued pushes, and never for one that
-- rolled back or queued none.
drop trigger push_outbox_queued on push_outbox;
drop function push_outbox_wake_dispatchers();
create function push_outbox_wake_dispatchers() returns trigger
    language plpgsql as
$$
begin
    perform pg_notify('push_outbox', '');
    return null;
end;
$$;
create trigger push_outbox_queued after insert on push_outbox
    for each row execute function push_outbox_wake_dispatchers();

-- 2. offers_job served only the deal's load, which finds a job's live offer through offers_one_live_per_job and the
-- named offer through the primary key (a BitmapOr of the two). Every offer whose state changed paid one more index
-- entry for it: a change of status is never a HOT update, as the partial indexes' predicates read the status.
drop index offers_job;

-- 3. An application's changes touch its status and update time, which no index holds, so they can be HOT updates
-- (no new index entries) when the row's page has room. Accepting an offer changes every application of the job.
-- New pages are now filled to 80 %, leaving that room; existing pages keep theirs until rewritten.
alter table job_applications set (fillfactor = 80);
