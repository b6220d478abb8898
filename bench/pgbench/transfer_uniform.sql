-- (a) The money path on uniformly chosen accounts: two wallet balance changes (in key order, with the
-- service's overdraft guard), one transfer row and its two postings, in one transaction. The rows are shaped as
-- the service writes them since V4: the transfer names what it is about (an offer on a job), and each posting
-- carries the transfer's time (the key of the wallet history index postings_wallet_history).
-- Variables from bench/run: -D accounts=N -D run=R -D n=0
\set a random(1, :accounts)
\set offset random(1, :accounts - 1)
\set b 1 + (:a - 1 + :offset) % :accounts
\set amount random(1000, 100000)
\set lo least(:a, :b)
\set hi greatest(:a, :b)
\set delta_lo case when :lo = :a then -:amount else :amount end
\set delta_hi -:delta_lo
\set debit -:amount
\set n :n + 1
BEGIN;
UPDATE wallet_balances SET balance_cents = balance_cents + :delta_lo
  WHERE account_key = 'wallet:' || lpad(to_hex(:lo::bigint), 24, '0') AND balance_cents + :delta_lo >= 0;
UPDATE wallet_balances SET balance_cents = balance_cents + :delta_hi
  WHERE account_key = 'wallet:' || lpad(to_hex(:hi::bigint), 24, '0') AND balance_cents + :delta_hi >= 0;
INSERT INTO transfers (id, type, created_at, subject_type, subject_id, job_id)
  VALUES (lpad(to_hex(:run::int), 4, '0') || lpad(to_hex(:client_id::int), 4, '0') || lpad(to_hex(:n::bigint), 16, '0'),
          'offer_accepted', now(), 'offer',
          'e6' || lpad(to_hex(:run::int), 2, '0') || lpad(to_hex(:client_id::int), 4, '0') || lpad(to_hex(:n::bigint), 16, '0'),
          'e3' || lpad(to_hex(:run::int), 2, '0') || lpad(to_hex(:client_id::int), 4, '0') || lpad(to_hex(:n::bigint), 16, '0'));
INSERT INTO postings (transfer_id, leg, account_key, amount_cents, created_at, transfer_type)
  VALUES (lpad(to_hex(:run::int), 4, '0') || lpad(to_hex(:client_id::int), 4, '0') || lpad(to_hex(:n::bigint), 16, '0'),
          0, 'wallet:' || lpad(to_hex(:a::bigint), 24, '0'), :debit::bigint, now(), 'offer_accepted'),
         (lpad(to_hex(:run::int), 4, '0') || lpad(to_hex(:client_id::int), 4, '0') || lpad(to_hex(:n::bigint), 16, '0'),
          1, 'wallet:' || lpad(to_hex(:b::bigint), 24, '0'), :amount::bigint, now(), 'offer_accepted');
END;
