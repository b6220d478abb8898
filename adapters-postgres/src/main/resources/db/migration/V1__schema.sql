-- The JobSphere payments schema.
-- Money is bigint cents, times are timestamptz, and every state is text guarded by a CHECK that lists
-- the enum's wire names (lower-case snake case, as com.jobsphere.domain.common.WireNames writes them).

create table users (
    id            text        primary key,
    email         text        not null,
    name          text        not null,
    role          text        not null check (role in ('customer', 'contractor', 'admin')),
    password_hash text        not null,
    created_at    timestamptz not null,
    constraint users_email_key unique (email),
    -- Emails are compared case-insensitively, so they are kept in lower case and the unique key above is enough.
    constraint users_email_lower_case check (email = lower(email))
);
create index users_role_created_at on users (role, created_at);

create table wallets (
    id            text        primary key,
    user_id       text        not null references users (id),
    frozen        boolean     not null,
    frozen_reason text,
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    constraint wallets_user_id_key unique (user_id)
);

-- The ledger. Every account has a row here: one wallet account per user ('wallet:<userId>') and the four
-- platform accounts ('platform:escrow' ...), which are seeded below.
create table ledger_accounts (
    account_key text        primary key,
    kind        text        not null
        check (kind in ('wallet', 'escrow', 'revenue', 'withdrawals_pending', 'stripe_clearing')),
    owner_id    text        references users (id),
    created_at  timestamptz not null,
    constraint ledger_accounts_owner check ((kind = 'wallet') = (owner_id is not null)),
    constraint ledger_accounts_key_shape check (
        account_key = case when kind = 'wallet' then 'wallet:' || owner_id else 'platform:' || kind end)
);

-- A wallet's balance is one row, locked by the transaction that changes it. The database itself refuses
-- an overdraft, so no interleaving of concurrent transactions can take a wallet below zero.
create table wallet_balances (
    account_key   text   primary key references ledger_accounts (account_key),
    balance_cents bigint not null,
    constraint wallet_balances_not_negative check (balance_cents >= 0)
);

-- A platform account's balance is spread over 32 slot rows and is their sum. Each transfer updates the slot
-- chosen by the hash of its id, so concurrent transfers touching escrow (every offer acceptance) lock
-- different rows instead of queueing on one. A single slot may go negative; only the sum means anything.
-- JdbiLedger.PLATFORM_SLOTS must equal the number of slots seeded here.
create table platform_balance_slots (
    account_key   text     not null references ledger_accounts (account_key),
    slot          smallint not null check (slot >= 0 and slot < 32),
    balance_cents bigint   not null,
    primary key (account_key, slot)
);

create table transfers (
    id         text        primary key,
    type       text        not null check (type in ('deposit_credited', 'offer_accepted', 'offer_refunded',
        'completion_approved', 'withdrawal_reserved', 'withdrawal_completed', 'withdrawal_returned')),
    created_at timestamptz not null
);

-- There is deliberately no foreign key from postings to ledger_accounts: checking it would take a KEY SHARE
-- lock on the platform account's row for every posting, which makes that row hot again. The shape check keeps
-- keys well-formed and Ledger.verify reports any posting whose account does not exist.
create table postings (
    transfer_id  text     not null references transfers (id),
    leg          smallint not null,
    account_key  text     not null check (account_key like 'wallet:%' or account_key like 'platform:%'),
    amount_cents bigint   not null check (amount_cents <> 0),
    primary key (transfer_id, leg)
);
create index postings_account_key on postings (account_key);
create index transfers_type on transfers (type);

-- Postings and transfers are append-only: a correction is a new, reversing transfer. The database refuses
-- every UPDATE, DELETE and TRUNCATE, whoever sends it.
create function refuse_ledger_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'the ledger is append-only: % on % is refused', tg_op, tg_table_name
        using errcode = 'restrict_violation';
end;
$$;

create trigger postings_append_only before update or delete on postings
    for each row execute function refuse_ledger_change();
create trigger postings_no_truncate before truncate on postings
    for each statement execute function refuse_ledger_change();
create trigger transfers_append_only before update or delete on transfers
    for each row execute function refuse_ledger_change();
create trigger transfers_no_truncate before truncate on transfers
    for each statement execute function refuse_ledger_change();

insert into ledger_accounts (account_key, kind, owner_id, created_at)
select 'platform:' || kind, kind, null, now()
from unnest(array ['escrow', 'revenue', 'withdrawals_pending', 'stripe_clearing']) as kind;

insert into platform_balance_slots (account_key, slot, balance_cents)
select account.account_key, slot, 0
from ledger_accounts account
         cross join generate_series(0, 31) as slot
where account.kind <> 'wallet';

-- The user-facing history. from/to name users (the platform appears as its admin); they carry no foreign key
-- because every acceptance names the admin, and the key check would make the admin's row a hot row.
create table transaction_history (
    id           text        primary key,
    type         text        not null
        check (type in ('deposit', 'withdrawal', 'wallet_transfer', 'contractor_payout', 'refund')),
    amount_cents bigint      not null check (amount_cents >= 0),
    from_user_id text,
    to_user_id   text,
    offer_id     text,
    job_id       text,
    status       text        not null check (status in ('pending', 'completed', 'failed', 'cancelled')),
    description  text        not null,
    transfer_id  text,
    created_at   timestamptz not null,
    completed_at timestamptz
);
create index transaction_history_from_user on transaction_history (from_user_id, created_at desc);
create index transaction_history_to_user on transaction_history (to_user_id, created_at desc);

create table jobs (
    id                  text        primary key,
    customer_id         text        not null references users (id),
    title               text        not null,
    description         text        not null,
    budget_cents        bigint      not null check (budget_cents >= 0),
    category            text,
    location            text,
    status              text        not null
        check (status in ('open', 'assigned', 'in_progress', 'completed', 'cancelled')),
    contractor_id       text        references users (id),
    offer_id            text,
    assigned_at         timestamptz,
    started_at          timestamptz,
    completed_at        timestamptz,
    cancelled_at        timestamptz,
    cancellation_reason text,
    created_at          timestamptz not null,
    updated_at          timestamptz not null
);
create index jobs_customer on jobs (customer_id, created_at desc);
create index jobs_contractor on jobs (contractor_id, created_at desc);
create index jobs_status on jobs (status, created_at desc);
create index jobs_created_at on jobs (created_at desc);

create table job_applications (
    id            text        primary key,
    job_id        text        not null references jobs (id),
    contractor_id text        not null references users (id),
    message       text,
    status        text        not null check (status in ('pending', 'offered', 'accepted', 'rejected')),
    created_at    timestamptz not null,
    updated_at    timestamptz not null,
    -- A contractor applies once per job. This key also serves the lookups by job.
    constraint job_applications_one_per_contractor unique (job_id, contractor_id)
);
create index job_applications_contractor on job_applications (contractor_id, created_at desc);

create table offers (
    id                        text        primary key,
    job_id                    text        not null references jobs (id),
    application_id            text        not null references job_applications (id),
    customer_id               text        not null references users (id),
    contractor_id             text        not null references users (id),
    amount_cents              bigint      not null check (amount_cents >= 0),
    -- The fee rates are stored with the offer, so changing the rates later never changes an offer already sent.
    platform_fee_basis_points integer     not null check (platform_fee_basis_points between 0 and 10000),
    service_fee_basis_points  integer     not null check (service_fee_basis_points between 0 and 10000),
    timeline                  text        not null,
    description               text        not null,
    status                    text        not null
        check (status in ('pending', 'accepted', 'rejected', 'expired', 'cancelled')),
    created_at                timestamptz not null,
    expires_at                timestamptz not null,
    accepted_at               timestamptz,
    rejected_at               timestamptz,
    rejection_reason          text,
    updated_at                timestamptz not null
);
-- One offer per job: at most one live (pending or accepted) offer, whatever the interleaving of requests.
create unique index offers_one_live_per_job on offers (job_id) where status in ('pending', 'accepted');
create index offers_job on offers (job_id);
create index offers_application on offers (application_id, created_at desc);
create index offers_pending_expiry on offers (expires_at) where status = 'pending';

create table completion_requests (
    id               text        primary key,
    job_id           text        not null references jobs (id),
    requested_by     text        not null references users (id),
    status           text        not null check (status in ('pending', 'approved', 'rejected', 'cancelled')),
    requested_at     timestamptz not null,
    resolved_at      timestamptz,
    rejection_reason text
);
create unique index completion_requests_one_pending_per_job on completion_requests (job_id) where status = 'pending';
create index completion_requests_job on completion_requests (job_id);
create index completion_requests_status on completion_requests (status, requested_at desc);
create index completion_requests_requested_at on completion_requests (requested_at desc);

create table deposits (
    id           text        primary key,
    user_id      text        not null references users (id),
    amount_cents bigint      not null check (amount_cents >= 0),
    status       text        not null check (status in ('pending', 'completed', 'failed', 'cancelled')),
    session_id   text,
    created_at   timestamptz not null,
    completed_at timestamptz,
    constraint deposits_session_id_key unique (session_id)
);
create index deposits_user on deposits (user_id);

-- A deposit is credited at most once: once it has left 'pending' the database refuses any change to it, in
-- addition to the conditional UPDATE the adapter sends.
create function refuse_settled_deposit_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'deposit % is already %, it cannot change again', old.id, old.status
        using errcode = 'restrict_violation';
end;
$$;

create trigger deposits_settle_once before update on deposits
    for each row when (old.status <> 'pending') execute function refuse_settled_deposit_change();

create table withdrawals (
    id                 text        primary key,
    user_id            text        not null references users (id),
    amount_cents       bigint      not null check (amount_cents >= 0),
    status             text        not null
        check (status in ('pending', 'processing', 'completed', 'failed', 'rejected')),
    stripe_transfer_id text,
    failure_reason     text,
    requested_at       timestamptz not null,
    processed_at       timestamptz
);
create index withdrawals_status on withdrawals (status, requested_at desc);
create index withdrawals_requested_at on withdrawals (requested_at desc);
create index withdrawals_user_status on withdrawals (user_id, status);

create table connected_accounts (
    user_id           text        primary key references users (id),
    account_id        text        not null,
    details_submitted boolean     not null,
    payouts_enabled   boolean     not null,
    updated_at        timestamptz not null,
    constraint connected_accounts_account_id_key unique (account_id)
);

-- Each provider event is applied once, across every instance: its id is the primary key.
create table gateway_events (
    event_id    text        primary key,
    type        text        not null,
    received_at timestamptz not null
);

create table refresh_tokens (
    id         text        primary key,
    user_id    text        not null references users (id),
    family_id  text        not null,
    token_hash text        not null,
    expires_at timestamptz not null,
    revoked    boolean     not null,
    created_at timestamptz not null,
    constraint refresh_tokens_token_hash_key unique (token_hash)
);
create index refresh_tokens_family on refresh_tokens (family_id);

create table idempotency_records (
    user_id      text        not null,
    key          text        not null check (length(key) <= 255),
    request_hash text        not null,
    -- Null while the first request is still running.
    status       integer     check (status between 100 and 599),
    body         text,
    created_at   timestamptz not null,
    primary key (user_id, key)
);
create index idempotency_records_created_at on idempotency_records (created_at);
