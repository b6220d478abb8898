-- Exactly once under faults (CONTRACT.md §11).

-- An Idempotency-Key is now written in the transaction of the effect it guards, so a record exists only for a
-- request that committed something: its final response, or, for a request that calls the payment provider
-- between transactions, how far it has come (recovery_point) and what its first phase made (resource_id).
-- Whether a request is still running is decided by a transaction-scoped advisory lock, never by a timestamp,
-- so the old in-progress rows go: they belong to requests that will never finish.
delete from idempotency_records where status is null;
alter table idempotency_records rename column request_hash to fingerprint;
alter table idempotency_records
    add column recovery_point text,
    add column resource_id    text,
    add column updated_at     timestamptz;
update idempotency_records set updated_at = created_at;
alter table idempotency_records
    alter column updated_at set not null,
    add constraint idempotency_records_finished_or_in_phase check ((status is null) = (body is null)),
    add constraint idempotency_records_says_something check (status is not null or recovery_point is not null);

-- When a withdrawal's transfer was first attempted, so that one left 'processing' by a crash can be found and
-- settled by the janitor. Set only while processing.
alter table withdrawals add column processing_since timestamptz;
update withdrawals set processing_since = requested_at where status = 'processing';
alter table withdrawals add constraint withdrawals_processing_since
    check ((status = 'processing') = (processing_since is not null));
create index withdrawals_processing_since on withdrawals (processing_since) where status = 'processing';

-- The janitor's other question: which deposits have stayed pending too long.
create index deposits_pending_created_at on deposits (created_at) where status = 'pending';

-- The development payment gateway keeps its provider-side state here, not in a process's memory, so that a
-- restart or a second instance never strands a pending development checkout (CONTRACT.md §10).
create table dev_checkout_sessions (
    session_id   text        primary key,
    deposit_id   text        not null,
    user_id      text        not null,
    amount_cents bigint      not null check (amount_cents > 0),
    state        text        not null check (state in ('open', 'paid', 'expired')),
    created_at   timestamptz not null,
    constraint dev_checkout_sessions_one_per_deposit unique (deposit_id)
);

create table dev_connected_accounts (
    account_id        text    primary key,
    user_id           text    not null,
    details_submitted boolean not null,
    payouts_enabled   boolean not null,
    constraint dev_connected_accounts_one_per_user unique (user_id)
);

create table dev_transfers (
    idempotency_key text        primary key,
    transfer_id     text        not null unique,
    account_id      text        not null,
    amount_cents    bigint      not null check (amount_cents > 0),
    created_at      timestamptz not null
);
