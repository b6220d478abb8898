-- (c) From /work/shared/bench/accept_setup.sql, unchanged below this line: the schema accept_minimal.sql runs on,
-- prefixed acc_ so that it lives beside the service's schema in bench/run's pgbench database.
-- The accept-offer flow's own minimal SQL, on a schema shaped like the service's: what one
-- acceptance must change, with nothing else. Used by accept_minimal.sql.
DROP TABLE IF EXISTS acc_postings, acc_transfers, acc_platform_slots, acc_wallets, acc_applications, acc_offers, acc_jobs;
CREATE TABLE acc_jobs(id bigint primary key, customer_id bigint not null, status text not null, contractor_id bigint, offer_id bigint, updated_at timestamptz not null default now());
CREATE TABLE acc_offers(id bigint primary key, job_id bigint not null references acc_jobs(id), status text not null, amount_cents bigint not null, accepted_at timestamptz);
CREATE TABLE acc_applications(id bigint primary key, job_id bigint not null references acc_jobs(id), contractor_id bigint not null, status text not null, updated_at timestamptz);
CREATE INDEX ON acc_applications(job_id);
CREATE TABLE acc_wallets(id bigint primary key, balance_cents bigint not null check (balance_cents >= 0), frozen boolean not null default false);
CREATE TABLE acc_platform_slots(account text, slot int, balance_cents bigint not null, primary key(account, slot));
CREATE TABLE acc_transfers(id bigserial primary key, kind text not null, reference text, created_at timestamptz not null default now());
CREATE TABLE acc_postings(id bigserial primary key, transfer_id bigint not null references acc_transfers(id), account text not null, amount_cents bigint not null);
CREATE INDEX ON acc_postings(account, id) WHERE account LIKE 'wallet:%';
INSERT INTO acc_wallets SELECT g, 1000000000 FROM generate_series(0, 1000) g;
INSERT INTO acc_jobs SELECT g, g % 1000, 'open', null, null FROM generate_series(1, 100000) g;
INSERT INTO acc_offers SELECT g, g, 'pending', 10000 FROM generate_series(1, 100000) g;
INSERT INTO acc_applications SELECT 2*g, g, 1, 'offered' FROM generate_series(1, 100000) g;
INSERT INTO acc_applications SELECT 2*g+1, g, 2, 'pending' FROM generate_series(1, 100000) g;
INSERT INTO acc_platform_slots SELECT a, s, 0 FROM unnest(array['escrow','revenue']) a, generate_series(0, 31) s;
ANALYZE;
