-- The operators' console (CONTRACT.md §14) lists users and ledger transfers newest first, a page at a time.
-- Each listing's order is an index range, so a page costs the same whatever the size of the table.
create index users_created_at_id on users (created_at desc, id collate "C" desc);
create index transfers_created_at_id on transfers (created_at desc, id collate "C" desc);
