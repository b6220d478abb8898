-- Postings are looked up by account only for wallets (a wallet's totals). The platform accounts have a
-- posting in almost every transfer, so indexing them made every insert descend into one ever-growing run
-- of duplicate keys ('platform:escrow', 'platform:stripe_clearing'): pg_stat_statements showed the ledger
-- append reading about 160 buffers per call under load instead of about 35. Verification sums postings
-- with a sequential scan and never needed those entries.
drop index postings_account_key;
create index postings_wallet_account_key on postings (account_key) where account_key like 'wallet:%';
