-- The pgbench scratch database: the service's own schema (bench/run applies its migrations first), with
-- :accounts wallet accounts that hold far more than any run can move, so no balance check ever refuses.
\set ON_ERROR_STOP on
begin;
insert into users (id, email, name, role, password_hash, created_at)
select lpad(to_hex(g), 24, '0'), 'pgbench-' || g || '@bench.local', 'pgbench ' || g, 'customer', 'x', now()
from generate_series(1, :accounts) g;
insert into wallets (id, user_id, frozen, frozen_reason, created_at, updated_at)
select 'f' || substr(id, 2), id, false, null, now(), now() from users;
insert into ledger_accounts (account_key, kind, owner_id, created_at)
select 'wallet:' || id, 'wallet', id, now() from users;
insert into wallet_balances (account_key, balance_cents)
select 'wallet:' || id, 1000000000000 from users;
commit;
vacuum analyze;
