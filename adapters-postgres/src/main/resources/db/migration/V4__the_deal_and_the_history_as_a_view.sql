-- The deal and the history as a view of the ledger (CONTRACT.md §12, issue 9).

-- Every transfer says what it moved money for, so the user-facing history is read from the ledger itself:
-- a deposit, a withdrawal, or an offer (with its job). Existing transfers are given theirs from the history
-- rows that named them, which is the last use of that table. Postings carry their transfer's time, so a
-- wallet's items are read newest first straight from an index.
alter table transfers
    add column subject_type text check (subject_type in ('deposit', 'withdrawal', 'offer')),
    add column subject_id   text,
    add column job_id       text,
    add constraint transfers_subject check ((subject_type is null) = (subject_id is null)
        and (job_id is null or subject_type = 'offer'));
alter table postings add column created_at timestamptz;

-- Postings and transfers are append-only; this one-time backfill of new columns is the only change ever made
-- to existing rows, with the guard lifted for its duration inside this migration's transaction.
alter table transfers disable trigger transfers_append_only;
alter table postings disable trigger postings_append_only;

update transfers set subject_type = 'deposit', subject_id = substring(id from 9)
where type = 'deposit_credited' and id like 'deposit-%';
update transfers transfer set subject_type = 'offer', subject_id = item.offer_id, job_id = item.job_id
from transaction_history item
where item.transfer_id = transfer.id and item.offer_id is not null
  and transfer.type in ('offer_accepted', 'offer_refunded', 'completion_approved');
update transfers transfer set subject_type = 'withdrawal', subject_id = item.id
from transaction_history item
where item.transfer_id = transfer.id and item.type = 'withdrawal' and transfer.type = 'withdrawal_reserved';
update postings posting set created_at = transfer.created_at
from transfers transfer where transfer.id = posting.transfer_id;

alter table transfers enable trigger transfers_append_only;
alter table postings enable trigger postings_append_only;
alter table postings alter column created_at set not null;

-- A wallet's history, newest first, a page at a time: one index range per wallet, in the order the page
-- wants, whatever the size of the ledger. It replaces the plain wallet index of V2.
drop index postings_wallet_account_key;
create index postings_wallet_history on postings (account_key, created_at desc, transfer_id)
    where account_key like 'wallet:%';
-- The platform's history is every escrow movement, newest first.
create index transfers_escrow_movements on transfers (created_at desc, id)
    where type in ('offer_accepted', 'offer_refunded', 'completion_approved');
-- A user's deposits that never moved money.
create index deposits_user_created_at on deposits (user_id, created_at desc) where status <> 'completed';
drop index deposits_user;
-- The withdrawal of a reservation, and a contractor's withdrawals.
create index withdrawals_user_requested_at on withdrawals (user_id, requested_at desc);

-- The second copy of the ledger goes: the history is a view now.
drop table transaction_history;

-- The applications of a job, oldest first, for its page of them.
create index job_applications_job_created_at on job_applications (job_id, created_at, id);
-- Completion requests pending first, for the admins' review.
create index completion_requests_requested_at_id on completion_requests (requested_at desc, id);
