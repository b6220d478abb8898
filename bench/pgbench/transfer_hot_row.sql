-- (b) The hot-row shape: the same transaction, but every transfer credits ONE platform balance row
-- (escrow, slot 0), so all concurrent transfers queue on that row's lock until they commit.
-- Variables from bench/run: -D accounts=N -D run=R -D n=0 -D escrow_key=platform:escrow (a literal 'platform:escrow'
-- would not do: pgbench takes the :escrow inside it for a variable)
\set a random(1, :accounts)
\set amount random(1000, 100000)
\set debit -:amount
\set n :n + 1
BEGIN;
UPDATE wallet_balances SET balance_cents = balance_cents + :debit
  WHERE account_key = 'wallet:' || lpad(to_hex(:a::bigint), 24, '0') AND balance_cents + :debit >= 0;
INSERT INTO transfers (id, type, created_at, subject_type, subject_id, job_id)
  VALUES (lpad(to_hex(:run::int), 4, '0') || lpad(to_hex(:client_id::int), 4, '0') || lpad(to_hex(:n::bigint), 16, '0'),
          'offer_accepted', now(), 'offer',
          'e6' || lpad(to_hex(:run::int), 2, '0') || lpad(to_hex(:client_id::int), 4, '0') || lpad(to_hex(:n::bigint), 16, '0'),
          'e3' || lpad(to_hex(:run::int), 2, '0') || lpad(to_hex(:client_id::int), 4, '0') || lpad(to_hex(:n::bigint), 16, '0'));
INSERT INTO postings (transfer_id, leg, account_key, amount_cents, created_at, transfer_type)
  VALUES (lpad(to_hex(:run::int), 4, '0') || lpad(to_hex(:client_id::int), 4, '0') || lpad(to_hex(:n::bigint), 16, '0'),
          0, 'wallet:' || lpad(to_hex(:a::bigint), 24, '0'), :debit::bigint, now(), 'offer_accepted'),
         (lpad(to_hex(:run::int), 4, '0') || lpad(to_hex(:client_id::int), 4, '0') || lpad(to_hex(:n::bigint), 16, '0'),
          1, :escrow_key, :amount::bigint, now(), 'offer_accepted');
UPDATE platform_balance_slots SET balance_cents = balance_cents + :amount, movements = movements + 1
  WHERE account_key = :escrow_key AND slot = 0;
END;
