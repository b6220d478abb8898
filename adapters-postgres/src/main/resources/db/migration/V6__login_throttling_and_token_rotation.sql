-- CONTRACT.md section 13: login throttling counted where every instance sees it, and the time a refresh token was
-- rotated, so that a second request racing the first within seconds is told apart from a stolen token's reuse.

create table login_attempts (
    id           bigint      generated always as identity primary key,
    email        text        not null,
    address      text        not null,
    attempted_at timestamptz not null,
    constraint login_attempts_email_length check (length(email) <= 254),
    constraint login_attempts_address_length check (length(address) <= 64)
);
-- The counts and the "when does one slot free up" look-ups read the newest attempts in the window of one key.
create index login_attempts_email_at on login_attempts (email, attempted_at desc);
create index login_attempts_address_at on login_attempts (address, attempted_at desc);
-- The janitor forgets attempts older than the window.
create index login_attempts_at on login_attempts (attempted_at);

alter table refresh_tokens add column rotated_at timestamptz;
alter table refresh_tokens add constraint refresh_tokens_rotated_revoked check (rotated_at is null or revoked);
