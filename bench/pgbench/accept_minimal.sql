-- (c) From /work/shared/bench/accept_minimal.sql, unchanged below this line: the accept's own ceiling, on the
-- acc_ tables of accept_setup.sql. bench/run's -D variables (accounts, run, n, escrow_key) are unused here.
-- One acceptance, the least SQL it needs: lock the job (the lock root), accept the offer, assign
-- the job, settle the applications, debit the customer (overdraft-guarded), one transfer with its
-- postings, credit one escrow slot. Seven statements in one transaction, as prepared statements.
\set j random(1, 100000)
\set s random(0, 31)
BEGIN;
SELECT customer_id, status FROM acc_jobs WHERE id = :j FOR UPDATE;
UPDATE acc_offers SET status = 'accepted', accepted_at = now() WHERE id = :j;
UPDATE acc_jobs SET status = 'assigned', contractor_id = 1, offer_id = :j, updated_at = now() WHERE id = :j;
UPDATE acc_applications SET status = CASE WHEN contractor_id = 1 THEN 'accepted' ELSE 'rejected' END, updated_at = now() WHERE job_id = :j;
UPDATE acc_wallets SET balance_cents = balance_cents - 10500 WHERE id = :j % 1000 AND balance_cents >= 10500 AND NOT frozen;
WITH t AS (INSERT INTO acc_transfers(kind, reference) VALUES ('offer_accepted', :j::text) RETURNING id)
INSERT INTO acc_postings(transfer_id, account, amount_cents) SELECT t.id, x.acc, x.amt FROM t, (VALUES ('wallet:' || (:j % 1000), -10500::bigint), ('escrow', 10500::bigint)) x(acc, amt);
UPDATE acc_platform_slots SET balance_cents = balance_cents + 10500 WHERE account = 'escrow' AND slot = :s;
COMMIT;
