-- Seeds the service's database for bench/run, straight in the service's schema after Flyway migrated it (V1..V4).
-- Every row is what the service itself writes through its API for the same story, so the history view
-- (JdbiHistory), GET /api/admin/ledger/verify and every use case read the seeded rows as they read their own;
-- bench/run checks that afterwards against the deposits the run credits through the webhook (checks/seed-shape.sql).
--
-- Ids are 24 lower-case hex characters like the service's own, with a leading byte per kind (the service's ids
-- are random, and bench.py derives the same ids from the same numbers):
--   e0 customers, e1 contractors, e2 customers' wallets, e9 contractors' wallets, e3 jobs, e4 offered
--   applications, e5 other applications, e6 offers, e7 pending deposits, ea credited (starting) deposits.
--
-- The story, in the order the API would have written it:
--   1. every user registers (POST /api/auth/register): the user, a wallet, its ledger account and a zero balance;
--   2. every customer funds the wallet with deposits of $10,000 each, the most one deposit may be
--      (AmountBounds), as many as its offers' total charges need. Each is started (POST /api/wallet/deposit:
--      a pending deposit with its Checkout Session id) and credited by a verified checkout.session.completed
--      event (ApplyPaymentEvent): the event's row in gateway_events, the transfer 'deposit-<depositId>'
--      (type deposit_credited, subject deposit/<depositId>), its two postings (stripe clearing -> wallet, with the
--      transfer's time), the wallet's balance, one platform slot of platform:stripe_clearing (the slot
--      JdbiLedger.slotOf picks: the Java hash of the transfer id, mod 32), and the deposit completed at the same
--      instant;
--   3. each customer posts jobs; for each, the contractor applies, another contractor applies, and the customer
--      sends the first one an offer (its application becomes 'offered'): pending offers, nothing moved yet;
--   4. more deposits are started and wait for their payment: pending, with a session id. The run's webhooks
--      credit them. The history view shows them as pending items (there is no history table any more).
-- No refresh tokens are seeded: bench/run mints access tokens, and nothing in the run reads refresh tokens.
--
-- psql variables: customers, contractors, offers, deposits, password_hash.
\set ON_ERROR_STOP on
begin;

create temporary table bench_users on commit drop as
select 'e0' || lpad(to_hex(g), 22, '0') as id, 'customer' as role, g as n from generate_series(1, :customers) g
union all
select 'e1' || lpad(to_hex(g), 22, '0'), 'contractor', g from generate_series(1, :contractors) g;

-- 1. Registration: RegisterUser and JdbiWallets.open, with one instant for the user and the wallet.
insert into users (id, email, name, role, password_hash, created_at)
select id, 'bench-' || role || '-' || n || '@bench.local', 'Bench ' || initcap(role) || ' ' || n, role,
       :'password_hash', now() - interval '3 days'
from bench_users;

insert into wallets (id, user_id, frozen, frozen_reason, created_at, updated_at)
select case when role = 'customer' then 'e2' else 'e9' end || substr(id, 3), id, false, null,
       now() - interval '3 days', now() - interval '3 days'
from bench_users;

insert into ledger_accounts (account_key, kind, owner_id, created_at)
select 'wallet:' || id, 'wallet', id, now() - interval '3 days' from bench_users;

-- 3 (first, because 2 needs its totals). One open job per offer, posted by customer ((j-1) % customers) + 1. Two
-- applications each: the one the offer went to (contractor ((j-1) % contractors) + 1, 'offered') and one more
-- that accepting rejects. The offer's total charge is its amount plus the 5 % platform fee, rounded half up
-- to the cent as Money.timesBasisPoints does.
create temporary table bench_offers on commit drop as
select g as n,
       'e0' || lpad(to_hex((g - 1) % :customers + 1), 22, '0') as customer_id,
       'e1' || lpad(to_hex((g - 1) % :contractors + 1), 22, '0') as contractor_id,
       'e1' || lpad(to_hex(g % :contractors + 1), 22, '0') as other_contractor_id,
       10000 + (g % 97) * 133 as amount_cents,
       10000 + (g % 97) * 133 + ((10000 + (g % 97) * 133) * 500 + 5000) / 10000 as total_charge_cents
from generate_series(1, :offers) g;

-- 2. The starting deposits: ceil(the customer's offers' total charges / $10,000) of $10,000 each, started two
-- days ago a minute apart and credited a minute after each was started.
create temporary table bench_funding on commit drop as
select 'ea' || lpad(to_hex(row_number() over (order by users.n, k)), 22, '0') as deposit_id,
       users.id as user_id, 1000000::bigint as amount_cents,
       now() - interval '2 days' + (users.n * 100 + k) * interval '1 minute' as started_at,
       now() - interval '2 days' + (users.n * 100 + k + 1) * interval '1 minute' as credited_at,
       row_number() over (order by users.n, k) as seq
from bench_users users
join (select customer_id, sum(total_charge_cents) as needed from bench_offers group by customer_id) need
  on need.customer_id = users.id
cross join lateral generate_series(1, ((need.needed + 999999) / 1000000)::int) k;

insert into deposits (id, user_id, amount_cents, status, session_id, created_at, completed_at)
select deposit_id, user_id, amount_cents, 'completed', 'cs_test_bench_seed_' || seq, started_at, credited_at
from bench_funding;

insert into gateway_events (event_id, type, received_at)
select 'evt_bench_seed_' || seq, 'deposit_paid', credited_at from bench_funding;

insert into transfers (id, type, created_at, subject_type, subject_id, job_id)
select 'deposit-' || deposit_id, 'deposit_credited', credited_at, 'deposit', deposit_id, null from bench_funding;

insert into postings (transfer_id, leg, account_key, amount_cents, created_at, transfer_type)
select 'deposit-' || deposit_id, 0, 'platform:stripe_clearing', -amount_cents, credited_at, 'deposit_credited'
from bench_funding
union all
select 'deposit-' || deposit_id, 1, 'wallet:' || user_id, amount_cents, credited_at, 'deposit_credited'
from bench_funding;

insert into wallet_balances (account_key, balance_cents)
select 'wallet:' || users.id, coalesce(sum(funding.amount_cents), 0)
from bench_users users left join bench_funding funding on funding.user_id = users.id
group by users.id;

-- JdbiLedger.slotOf: Math.floorMod(transferId.hashCode(), 32). String.hashCode is sum(c[i] * 31^(len-1-i)) mod
-- 2^32, and 31 = -1 (mod 32), so mod 32 it is the alternating sum of the characters.
update platform_balance_slots slots
set balance_cents = slots.balance_cents - spread.total
from (select slot, sum(amount_cents) as total
      from (select funding.amount_cents,
                   (select ((sum(ascii(substr(transfer_id, i, 1)) * (1 - 2 * ((length(transfer_id) - i) % 2))) % 32)
                            + 32) % 32
                    from generate_series(1, length(transfer_id)) i) as slot
            from (select 'deposit-' || deposit_id as transfer_id, amount_cents from bench_funding) funding) hashed
      group by slot) spread
where slots.account_key = 'platform:stripe_clearing' and slots.slot = spread.slot;

-- 3. The jobs (PostJob), the applications (ApplyToJob) and the offers (SendOffer: the offer, and its application
-- 'offered' at the offer's instant).
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

-- 4. Pending deposits, as POST /api/wallet/deposit leaves them once the Checkout Session exists. The run's
-- webhooks credit them (bench.py sign-deposits: deposit n is 10000 + (n % 50) * 100 cents).
insert into deposits (id, user_id, amount_cents, status, session_id, created_at, completed_at)
select 'e7' || lpad(to_hex(g), 22, '0'), 'e0' || lpad(to_hex((g - 1) % :customers + 1), 22, '0'),
       10000 + (g % 50) * 100, 'pending', 'cs_test_bench_' || g, now() - interval '5 minutes', null
from generate_series(1, :deposits) g;

commit;
vacuum analyze;
