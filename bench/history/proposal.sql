-- The schema side of the history proposal (see rewrite.py), applied to the scratch database after the as-is
-- measurement. In the service it would be a migration V5 plus two small adapter changes: JdbiLedger.append writes
-- the transfer's type on each posting (in the insert it already sends), and applyToPlatform adds 1 to the escrow
-- slot's movements in the update it already sends. Neither adds a statement or a round trip.
\set ON_ERROR_STOP on

-- 1. A user's deposits in the page's order, whatever their status (the V4 index holds only the unsettled ones).
create index deposits_user_created_at_id on deposits (user_id, created_at desc, id collate "C" desc);

-- 2. Each posting carries its transfer's type (postings are append-only, so it can never disagree), and the wallet
-- history index is keyed by it: each type of a wallet's items is one range in time order (a type filter reads only
-- its own), a wallet's items are counted from the index alone, and with the amount included so are the wallet's
-- totals that GET /api/wallet sums (JdbiWallets.summary). It replaces V4's index: still one index per wallet posting.
alter table postings add column transfer_type text;
alter table postings disable trigger postings_append_only;
update postings posting set transfer_type = transfer.type from transfers transfer where transfer.id = posting.transfer_id;
alter table postings enable trigger postings_append_only;
alter table postings alter column transfer_type set not null;
vacuum full postings;
drop index postings_wallet_history;
create index postings_wallet_history on postings (account_key, transfer_type, created_at desc, transfer_id)
    include (amount_cents) where account_key like 'wallet:%';

-- 3. How many escrow movements there have been, kept in the escrow balance slots every movement already updates.
alter table platform_balance_slots add column movements bigint not null default 0;
update platform_balance_slots set movements = (select count(*) from transfers
                                               where type in ('offer_accepted', 'offer_refunded', 'completion_approved'))
where account_key = 'platform:escrow' and slot = 0;

vacuum analyze;
