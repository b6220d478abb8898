-- Notifications (CONTRACT.md §15): the devices that receive pushes, the in-app feed, and the push outbox.

-- A device is its FCM registration token, which names one app install and so belongs to one user at a time.
create table devices (
    token         text        primary key,
    user_id       text        not null references users (id),
    platform      text        not null check (platform in ('android', 'ios', 'web')),
    registered_at timestamptz not null,
    -- Visible ASCII only: a token travels in URL paths (DELETE /api/notifications/devices/:token).
    constraint devices_token_shape check (token ~ '^[!-~]+$' and length(token) <= 4096),
    -- What the outbox refers to, so that a push can only go to a device of its notification's recipient.
    constraint devices_owner_token unique (user_id, token)
);

-- The feed. A notification's id is derived from its type and what it reports (domain Notices), so the primary
-- key refuses the same change notified twice. Its data are what a push carries besides its type: every value a
-- string, as FCM requires, which the check below holds whoever writes the row.
create table notifications (
    id         text        primary key,
    user_id    text        not null references users (id),
    type       text        not null check (type in ('deposit_completed', 'deposit_failed', 'offer_received',
        'offer_accepted', 'offer_rejected', 'payout_received', 'refund_issued', 'withdrawal_completed',
        'withdrawal_failed', 'withdrawal_rejected')),
    title      text        not null check (length(title) between 1 and 100),
    body       text        not null check (length(body) between 1 and 300),
    data       jsonb       not null,
    read_at    timestamptz,
    created_at timestamptz not null,
    constraint notifications_data_strings check (jsonb_typeof(data) = 'object'
        and not jsonb_path_exists(data, '$.* ? (@.type() != "string")')),
    constraint notifications_recipient unique (id, user_id)
);
create index notifications_feed on notifications (user_id, created_at desc, id collate "C" desc);
create index notifications_unread on notifications (user_id, created_at desc, id collate "C" desc)
    where read_at is null;

-- The outbox: one push per notification and device of its recipient, written in the transaction of the change the
-- notification reports, sent after commit by a dispatcher (application DeliverPushes). A pending push is due at
-- due_at; a claimed one is leased to its claim until due_at, so that a dispatcher that died lets go of it then.
-- The two foreign keys hold the one privacy rule: a push only ever goes to a device of the notification's
-- recipient. When a device goes (removed, moved to another user, or refused by FCM), its pushes go with it.
create table push_outbox (
    id              bigint      generated always as identity primary key,
    notification_id text        not null,
    user_id         text        not null,
    token           text        not null,
    state           text        not null check (state in ('pending', 'delivered', 'dead')),
    attempts        integer     not null check (attempts >= 0),
    due_at          timestamptz not null,
    claim           text,
    last_error      text,
    message_id      text,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    constraint push_outbox_notification foreign key (notification_id, user_id)
        references notifications (id, user_id),
    constraint push_outbox_device foreign key (user_id, token) references devices (user_id, token) on delete cascade,
    constraint push_outbox_once unique (notification_id, token),
    constraint push_outbox_delivered_has_message check ((state = 'delivered') = (message_id is not null)),
    constraint push_outbox_claimed_only_while_pending check (state = 'pending' or claim is null)
);
-- The claim and the dispatcher's "when is the next one due", on pending pushes only.
create index push_outbox_due on push_outbox (due_at, id) where state = 'pending';
-- A device's pushes, for the cascade when it goes.
create index push_outbox_device on push_outbox (user_id, token);
-- The tidying: pending pushes too old to send, and finished ones past their retention.
create index push_outbox_pending_created_at on push_outbox (created_at, id) where state = 'pending';
create index push_outbox_finished_updated_at on push_outbox (updated_at, id) where state <> 'pending';

-- Queued pushes wake the dispatchers listening on channel push_outbox, on every instance. PostgreSQL delivers a
-- notification only when the transaction that sent it commits, so a dispatcher never wakes for rows it cannot
-- see yet, and never for a change that rolled back. A statement that queued nothing (a recipient without
-- devices) wakes nobody.
create function push_outbox_wake_dispatchers() returns trigger
    language plpgsql as
$$
begin
    if exists (select 1 from queued) then
        perform pg_notify('push_outbox', '');
    end if;
    return null;
end;
$$;

create trigger push_outbox_queued after insert on push_outbox
    referencing new table as queued
    for each statement execute function push_outbox_wake_dispatchers();
