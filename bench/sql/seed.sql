-- Seeds the service's database for bench/run, straight in the service's schema after Flyway migrated it.
-- Every id is 24 lower-case hex characters like the service's own, with a leading byte per kind that the
-- service's time-prefixed ids never start with:
--   e0 customers, e1 contractors, e2 customers' wallets, e9 contractors' wallets, e3 jobs, e4 offered applications, e5 other applications,
--   e6 offers, e7 pending deposits, e8 seed transfers, ea seed (completed) deposits.
-- Python's bench.py derives the same ids from the same numbers.
--
-- Money stays a balanced ledger: each customer's starting balance arrives as a deposit_credited transfer
-- from platform:stripe_clearing, with its postings, its completed deposit and its history item, so
-- GET /api/admin/ledger/verify reports balanced before and after the run.
--
-- psql variables: customers, contractors, offers, deposits, balance_cents, password_hash.
\set ON_ERROR_STOP on
begin;

create temporary table bench_users on commit drop as
select 'e0' || lpad(to_hex(g), 22, '0') as id, 'customer' as role, g as n from generate_series(1, :customers) g
union all
select 'e1' || lpad(to_hex(g), 22, '0'), 'contractor', g from generate_series(1, :contractors) g;

insert into users (id, email, name, role, password_hash, created_at)
select id, 'bench-' || role || '-' || n || '@bench.local', 'Bench ' || initcap(role) || ' ' || n, role,
       :'password_hash', now() - interval '1 day'
from bench_users;

insert into wallets (id, user_id, frozen, frozen_reason, created_at, updated_at)
select case when role = 'customer' then 'e2' else 'e9' end || substr(id, 3), id, false, null, now() - interval '1 day', now() - interval '1 day' from bench_users;

insert into ledger_accounts (account_key, kind, owner_id, created_at)
select 'wallet:' || id, 'wallet', id, now() - interval '1 day' from bench_users;

insert into wallet_balances (account_key, balance_cents)
select 'wallet:' || id, case when role = 'customer' then :balance_cents::bigint else 0 end from bench_users;

-- The customers' starting balances, as credited deposits.
insert into transfers (id, type, created_at)
select 'e8' || substr(id, 3), 'deposit_credited', now() - interval '1 day' from bench_users where role = 'customer';

insert into postings (transfer_id, leg, account_key, amount_cents)
select 'e8' || substr(id, 3), 0, 'platform:stripe_clearing', -:balance_cents::bigint from bench_users where role = 'customer'
union all
select 'e8' || substr(id, 3), 1, 'wallet:' || id, :balance_cents::bigint from bench_users where role = 'customer';

update platform_balance_slots slots
set balance_cents = slots.balance_cents - spread.total
from (select n % 32 as slot, sum(:balance_cents::bigint) as total
      from bench_users where role = 'customer' group by n % 32) spread
where slots.account_key = 'platform:stripe_clearing' and slots.slot = spread.slot;

insert into deposits (id, user_id, amount_cents, status, session_id, created_at, completed_at)
select 'ea' || substr(id, 3), id, :balance_cents::bigint, 'completed', 'cs_test_bench_seed_' || n,
       now() - interval '1 day', now() - interval '1 day'
from bench_users where role = 'customer';

insert into transaction_history (id, type, amount_cents, from_user_id, to_user_id, offer_id, job_id, status,
                                 description, transfer_id, created_at, completed_at)
select 'ea' || substr(id, 3), 'deposit', :balance_cents::bigint, null, id, null, null, 'completed',
       'Deposit $' || (:balance_cents::bigint / 100) || ' via Stripe', 'e8' || substr(id, 3),
       now() - interval '1 day', now() - interval '1 day'
from bench_users where role = 'customer';

-- One open job per offer, posted by customer ((j-1) % customers) + 1. Two applications each: the one the
-- offer went to (contractor ((j-1) % contractors) + 1, 'offered') and one more that accepting rejects.
create temporary table bench_offers on commit drop as
select g as n,
       'e0' || lpad(to_hex((g - 1) % :customers + 1), 22, '0') as customer_id,
       'e1' || lpad(to_hex((g - 1) % :contractors + 1), 22, '0') as contractor_id,
       'e1' || lpad(to_hex(g % :contractors + 1), 22, '0') as other_contractor_id,
       10000 + (g % 97) * 133 as amount_cents
from generate_series(1, :offers) g;

insert into jobs (id, customer_id, title, description, budget_cents, category, location, status, contractor_id,
                  offer_id, assigned_at, started_at, completed_at, cancelled_at, cancellation_reason, created_at,
                  updated_at)
select 'e3' || lpad(to_hex(n), 22, '0'), customer_id, 'Bench job ' || n,
       'A job seeded by bench/run, number ' || n, amount_cents, 'Benchmark', 'Remote', 'open', null, null,
       null, null, null, null, null, now() - interval '2 hours', now() - interval '2 hours'
from bench_offers;

insert into job_applications (id, job_id, contractor_id, message, status, created_at, updated_at)
select 'e4' || lpad(to_hex(n), 22, '0'), 'e3' || lpad(to_hex(n), 22, '0'), contractor_id, 'I can do this',
       'offered', now() - interval '90 minutes', now() - interval '1 hour'
from bench_offers
union all
select 'e5' || lpad(to_hex(n), 22, '0'), 'e3' || lpad(to_hex(n), 22, '0'), other_contractor_id, 'Me too',
       'pending', now() - interval '80 minutes', now() - interval '80 minutes'
from bench_offers where other_contractor_id <> contractor_id;

insert into offers (id, job_id, application_id, customer_id, contractor_id, amount_cents,
                    platform_fee_basis_points, service_fee_basis_points, timeline, description, status, created_at,
                    expires_at, accepted_at, rejected_at, rejection_reason, updated_at)
select 'e6' || lpad(to_hex(n), 22, '0'), 'e3' || lpad(to_hex(n), 22, '0'), 'e4' || lpad(to_hex(n), 22, '0'),
       customer_id, contractor_id, amount_cents, 500, 2000, '2 weeks',
       'Complete the project as described in the job posting', 'pending', now() - interval '1 hour',
       now() - interval '1 hour' + interval '7 days', null, null, null, now() - interval '1 hour'
from bench_offers;

-- Pending deposits, as POST /api/wallet/deposit leaves them once the Checkout Session exists: the deposit
-- with its session id and its pending history item (same id). Webhooks credit them during the run.
insert into deposits (id, user_id, amount_cents, status, session_id, created_at, completed_at)
select 'e7' || lpad(to_hex(g), 22, '0'), 'e0' || lpad(to_hex((g - 1) % :customers + 1), 22, '0'),
       10000 + (g % 50) * 100, 'pending', 'cs_test_bench_' || g, now() - interval '5 minutes', null
from generate_series(1, :deposits) g;

insert into transaction_history (id, type, amount_cents, from_user_id, to_user_id, offer_id, job_id, status,
                                 description, transfer_id, created_at, completed_at)
select id, 'deposit', amount_cents, null, user_id, null, null, 'pending',
       'Deposit $' || (amount_cents / 100)
           || case when amount_cents % 100 = 0 then '' else '.' || lpad((amount_cents % 100)::text, 2, '0') end
           || ' via Stripe',
       null, created_at, null
from deposits where id like 'e7%';

commit;
vacuum analyze;
