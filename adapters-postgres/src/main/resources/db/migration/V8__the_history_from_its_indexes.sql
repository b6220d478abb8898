-- The history at a million transfers (issue 9). V4's page was ordered by an expression no index held
-- (coalesce(deposit.created_at, withdrawal.requested_at, transfer.created_at)), so PostgreSQL read and sorted every
-- item of the user before it could cut a page: 138 ms for a customer with 10,000 items, 2.4 s for the platform's
-- 563,000 escrow movements. Split by source, every sort key is an index column (HistoryQuery reads each source
-- from its index in the page's order, and only a page's worth of it).

-- 1. A user's deposits in the page's order, whatever their status (V4's partial index holds only the unsettled
-- ones, and stays for their count).
create index deposits_user_created_at_id on deposits (user_id, created_at desc, id collate "C" desc);

-- 2. Each posting carries its transfer's type, written in the postings insert the ledger already sends. Postings are
-- append-only, and GET /api/admin/ledger/verify checks that every one agrees with its transfer. The wallet history
-- index is keyed by it: each type of a wallet's items is one range in time order (a type filter reads only its
-- own), and with the amount included a wallet's items are counted, and GET /api/wallet's totals summed, from the
-- index alone. It replaces V4's index, so each wallet posting still costs one index insert.
alter table postings add column transfer_type text;
-- This one-time backfill of a new column is, like V4's, the only change made to existing postings, with the guard
-- lifted for the duration of this migration's transaction.
alter table postings disable trigger postings_append_only;
update postings posting set transfer_type = transfer.type from transfers transfer where transfer.id = posting.transfer_id;
alter table postings enable trigger postings_append_only;
alter table postings alter column transfer_type set not null;
drop index postings_wallet_history;
create index postings_wallet_history on postings (account_key, transfer_type, created_at desc, transfer_id)
    include (amount_cents) where account_key like 'wallet:%';

-- 3. How many escrow movements there have been, kept in the escrow balance slots that every movement already
-- updates: the platform's unfiltered count reads 32 rows instead of every movement. No extra statement, no new hot
-- row. GET /api/admin/ledger/verify checks it against the transfers.
alter table platform_balance_slots add column movements bigint not null default 0;
update platform_balance_slots
set movements = (select count(*) from transfers
                 where type in ('offer_accepted', 'offer_refunded', 'completion_approved'))
where account_key = 'platform:escrow' and slot = 0;
