-- A ledger of about a million transfers, for measuring the history page (JdbiHistory) at scale. Run on a scratch
-- database migrated to V4 (bench/history/run does both). Only what the history and GET /api/wallet's totals read
-- is written: users (the parties' names) with their wallets, transfers with their subject, postings with their
-- time, deposits and withdrawals. Balances (left at zero), jobs and offers are not kept: nothing measured reads them.
--
-- The mix, over one year, each row shaped as the service writes it (JdbiLedger.append, Transfers.*):
--   200,000 credited deposits (deposit_credited, stripe clearing -> wallet; the deposit started 2 minutes before)
--   300,000 accepted offers (offer_accepted, customer -> escrow), of which
--           about 235,000 completed (completion_approved, escrow -> contractor + revenue, 3 postings; 3 to 19 days
--           later, none in the future) and 30,000 refunded (offer_refunded, escrow -> customer)
--   115,000 withdrawals (withdrawal_reserved, contractor -> withdrawals pending), of which 100,000 paid
--           (withdrawal_completed) and 10,000 returned (withdrawal_returned); 5,000 still pending or processing
--    20,000 deposits that never moved money (pending, failed, cancelled)
-- = about 990,000 transfers and 2.2 million postings.
--
-- The users: the platform admin (history: every escrow movement), 20,000 customers, 10,000 contractors. Customer 1
-- is the heavy one: about 3,000 deposits, 5,450 accepted offers with their 550 refunds, and 1,000 unsettled
-- deposits, about 10,000 items. Customer 2 is an ordinary one (10 items).
--
-- Ids are deterministic (md5 of the row's kind and number), 24 hex characters like the service's random ones.
\set ON_ERROR_STOP on
select setseed(0.2026);

create temporary table g_customers as
select n, 'c0' || lpad(to_hex(n), 22, '0') as id from generate_series(1, 20000) n;
create temporary table g_contractors as
select n, 'c1' || lpad(to_hex(n), 22, '0') as id from generate_series(1, 10000) n;

insert into users (id, email, name, role, password_hash, created_at)
select 'ad' || lpad('1', 22, '0'), 'admin@history.local', 'Admin', 'admin', 'x', now() - interval '400 days'
union all
select id, 'customer-' || n || '@history.local', 'Customer ' || n, 'customer', 'x', now() - interval '400 days'
from g_customers
union all
select id, 'contractor-' || n || '@history.local', 'Contractor ' || n, 'contractor', 'x', now() - interval '400 days'
from g_contractors;

-- Their wallets (GET /api/wallet's totals join them). The balances are not kept: no statement measured reads them.
insert into wallets (id, user_id, frozen, frozen_reason, created_at, updated_at)
select 'w' || substr(id, 2), id, false, null, created_at, created_at from users;
insert into ledger_accounts (account_key, kind, owner_id, created_at)
select 'wallet:' || id, 'wallet', id, created_at from users;
insert into wallet_balances (account_key, balance_cents) select 'wallet:' || id, 0 from users;

-- Every money movement, one row each, in time order over the past year.
create temporary table g_deposits as
select n, substr(md5('deposit' || n), 1, 24) as id,
       case when n % 67 = 0 then 'c0' || lpad('1', 22, '0')
            else 'c0' || lpad(to_hex(2 + (random() * 19998)::int), 22, '0') end as user_id,
       (1000 + (random() * 999000)::int)::bigint as amount_cents,
       now() - interval '365 days' + (n / 200000.0) * interval '364 days' as at
from generate_series(1, 200000) n;

create temporary table g_offers as
select n, substr(md5('offer' || n), 1, 24) as offer_id, substr(md5('job' || n), 1, 24) as job_id,
       case when hashint4(n) % 55 = 0 then 'c0' || lpad('1', 22, '0')
            else 'c0' || lpad(to_hex(2 + (random() * 19998)::int), 22, '0') end as customer_id,
       'c1' || lpad(to_hex(1 + (random() * 9999)::int), 22, '0') as contractor_id,
       (1000 + (random() * 999000)::int)::bigint as amount_cents,
       now() - interval '365 days' + (n / 300000.0) * interval '364 days' as at
from generate_series(1, 300000) n;

create temporary table g_withdrawals as
select n, substr(md5('withdrawal' || n), 1, 24) as id,
       'c1' || lpad(to_hex(1 + (random() * 9999)::int), 22, '0') as user_id,
       (1000 + (random() * 999000)::int)::bigint as amount_cents,
       now() - interval '365 days' + (n / 115000.0) * interval '364 days' as at,
       case when n <= 100000 then 'completed' when n <= 105000 then 'failed' when n <= 110000 then 'rejected'
            when n <= 112500 then 'processing' else 'pending' end as status
from generate_series(1, 115000) n;

-- Deposits: the credited ones, then the ones that never moved money (the heavy customer has 1,000 of them).
insert into deposits (id, user_id, amount_cents, status, session_id, created_at, completed_at)
select id, user_id, amount_cents, 'completed', 'cs_test_' || id, at - interval '2 minutes', at from g_deposits
union all
select substr(md5('unsettled' || n), 1, 24),
       case when n % 20 = 0 then 'c0' || lpad('1', 22, '0')
            else 'c0' || lpad(to_hex(2 + (random() * 19998)::int), 22, '0') end,
       (1000 + (random() * 999000)::int)::bigint,
       (array['pending', 'failed', 'cancelled'])[1 + n % 3],
       'cs_test_unsettled_' || n,
       now() - interval '365 days' + (n / 20000.0) * interval '364 days',
       case when n % 3 = 0 then null else now() - interval '365 days' + (n / 20000.0) * interval '364 days'
                                        + interval '1 day' end
from generate_series(1, 20000) n;

insert into withdrawals (id, user_id, amount_cents, status, stripe_transfer_id, failure_reason, requested_at,
                         processed_at, processing_since)
select id, user_id, amount_cents, status,
       case when status = 'completed' then 'tr_' || id end,
       case when status in ('failed', 'rejected') then 'Refused' end,
       at,
       case when status in ('completed', 'failed', 'rejected') then at + interval '1 day' end,
       case when status = 'processing' then at + interval '1 hour' end
from g_withdrawals;

-- The transfers, with what each is about, and the postings, with their transfer's time.
create temporary table g_transfers as
select 'deposit-' || id as id, 'deposit_credited' as type, at, 'deposit' as subject_type, id as subject_id,
       null::text as job_id,
       array['platform:stripe_clearing', 'wallet:' || user_id] as accounts,
       array[-amount_cents, amount_cents] as amounts
from g_deposits
union all
select substr(md5('accepted' || n), 1, 24), 'offer_accepted', at, 'offer', offer_id, job_id,
       array['wallet:' || customer_id, 'platform:escrow'],
       array[-(amount_cents + (amount_cents * 500 + 5000) / 10000), amount_cents + (amount_cents * 500 + 5000) / 10000]
from g_offers
union all
select substr(md5('approved' || n), 1, 24), 'completion_approved', at + (3 + n % 17) * interval '1 day', 'offer',
       offer_id, job_id,
       array['platform:escrow', 'wallet:' || contractor_id, 'platform:revenue'],
       array[-(amount_cents + (amount_cents * 500 + 5000) / 10000), amount_cents - (amount_cents * 2000 + 5000) / 10000,
             (amount_cents * 500 + 5000) / 10000 + (amount_cents * 2000 + 5000) / 10000]
from g_offers where n % 10 < 8 and at + (3 + n % 17) * interval '1 day' < now()
union all
select substr(md5('refunded' || n), 1, 24), 'offer_refunded', at + interval '1 day', 'offer', offer_id, job_id,
       array['platform:escrow', 'wallet:' || customer_id],
       array[-(amount_cents + (amount_cents * 500 + 5000) / 10000), amount_cents + (amount_cents * 500 + 5000) / 10000]
from g_offers where n % 10 = 8
union all
select substr(md5('reserved' || n), 1, 24), 'withdrawal_reserved', at, 'withdrawal', id, null,
       array['wallet:' || user_id, 'platform:withdrawals_pending'], array[-amount_cents, amount_cents]
from g_withdrawals
union all
select substr(md5('paid' || n), 1, 24), 'withdrawal_completed', at + interval '1 day', 'withdrawal', id, null,
       array['platform:withdrawals_pending', 'platform:stripe_clearing'], array[-amount_cents, amount_cents]
from g_withdrawals where status = 'completed'
union all
select substr(md5('returned' || n), 1, 24), 'withdrawal_returned', at + interval '1 day', 'withdrawal', id, null,
       array['platform:withdrawals_pending', 'wallet:' || user_id], array[-amount_cents, amount_cents]
from g_withdrawals where status in ('failed', 'rejected');

insert into transfers (id, type, created_at, subject_type, subject_id, job_id)
select id, type, at, subject_type, subject_id, job_id from g_transfers order by at;

insert into postings (transfer_id, leg, account_key, amount_cents, created_at)
select t.id, leg.ordinality - 1, leg.account, t.amounts[leg.ordinality], t.at
from (select * from g_transfers order by at) t
cross join lateral unnest(t.accounts) with ordinality as leg(account, ordinality);

drop table g_transfers, g_offers, g_deposits, g_withdrawals, g_customers, g_contractors;
