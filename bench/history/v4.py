"""The history's statements as V4 to V7 sent them (JdbiHistory and JdbiWallets.summary before V8), frozen here.

bench/history/run measures them on the V7 schema as the baseline, and checks that the adapter's statements on the V8
schema answer exactly what these answered, row for row, on the same million transfers. Their shape, from
JdbiHistory.forUser as it was: the items are the union of WALLET_ITEMS, UNSETTLED_DEPOSITS and, for the platform's
user, PLATFORM_ITEMS; the count and the page are COUNT and LIST over them, with FILTER for a type and ORDER.
"""

WALLET_ITEMS = """select case when transfer.type in ('deposit_credited', 'withdrawal_reserved') then transfer.subject_id
            else transfer.id end as id,
       case transfer.type when 'deposit_credited' then 'deposit' when 'withdrawal_reserved' then 'withdrawal'
     when 'offer_accepted' then 'wallet_transfer' when 'offer_refunded' then 'refund'
     else 'contractor_payout' end as type,
       abs(posting.amount_cents) as amount_cents,
       case transfer.type when 'deposit_credited' then null when 'withdrawal_reserved' then ?
            when 'offer_accepted' then ? else ? end as from_user_id,
       case transfer.type when 'deposit_credited' then ? when 'withdrawal_reserved' then null
            when 'offer_accepted' then ? else ? end as to_user_id,
       case when transfer.subject_type = 'offer' then transfer.subject_id end as offer_id,
       transfer.job_id,
       case when transfer.type <> 'withdrawal_reserved' then 'completed'
            when withdrawal.status in ('pending', 'processing') then 'pending'
            when withdrawal.status = 'rejected' then 'cancelled'
            else withdrawal.status end as status,
       coalesce(deposit.created_at, withdrawal.requested_at, transfer.created_at) as created_at,
       case transfer.type when 'deposit_credited' then deposit.completed_at
            when 'withdrawal_reserved' then withdrawal.processed_at
            else transfer.created_at end as completed_at
from postings posting
join transfers transfer on transfer.id = posting.transfer_id
left join deposits deposit on transfer.type = 'deposit_credited' and deposit.id = transfer.subject_id
left join withdrawals withdrawal on transfer.type = 'withdrawal_reserved' and withdrawal.id = transfer.subject_id
where posting.account_key = ? and posting.account_key like 'wallet:%'
  and transfer.type in ('deposit_credited', 'withdrawal_reserved', 'offer_accepted', 'offer_refunded',
                        'completion_approved')"""

UNSETTLED_DEPOSITS = """select deposit.id, 'deposit', deposit.amount_cents, null, ?, null, null, deposit.status,
       deposit.created_at, deposit.completed_at
from deposits deposit
where deposit.user_id = ? and deposit.status <> 'completed'"""

PLATFORM_ITEMS = """select transfer.id, case transfer.type when 'deposit_credited' then 'deposit' when 'withdrawal_reserved' then 'withdrawal'
     when 'offer_accepted' then 'wallet_transfer' when 'offer_refunded' then 'refund'
     else 'contractor_payout' end, abs(posting.amount_cents),
       case transfer.type when 'offer_accepted' then substring(posting.account_key from 8) else ? end,
       case transfer.type when 'offer_accepted' then ? else substring(posting.account_key from 8) end,
       transfer.subject_id, transfer.job_id, 'completed', transfer.created_at, transfer.created_at
from transfers transfer
join postings posting on posting.transfer_id = transfer.id and posting.account_key like 'wallet:%'
where transfer.type in ('offer_accepted', 'offer_refunded', 'completion_approved')"""

LIST = """select item.*, sender.name as from_name, sender.email as from_email,
       receiver.name as to_name, receiver.email as to_email
from items item
left join users sender on sender.id = item.from_user_id
left join users receiver on receiver.id = item.to_user_id"""

ORDER = """ order by item.created_at desc, item.id collate "C" desc limit ? offset ?"""

COUNT = """select count(*) from items item"""

FILTER = """ where item.type = ?"""

SUMMARY = """select wallet.*, balance.balance_cents,
       coalesce(sum(posting.amount_cents)
           filter (where transfer.type = 'completion_approved'), 0)::bigint as earnings_cents,
       coalesce(sum(-posting.amount_cents)
           filter (where transfer.type in ('offer_accepted', 'offer_refunded')), 0)::bigint as spent_cents,
       (select coalesce(sum(withdrawal.amount_cents), 0)::bigint from withdrawals withdrawal
        where withdrawal.user_id = wallet.user_id
          and withdrawal.status = 'completed') as withdrawn_cents
from wallets wallet
join wallet_balances balance on balance.account_key = 'wallet:' || wallet.user_id
left join postings posting on posting.account_key = balance.account_key
    and posting.account_key like 'wallet:%'
left join transfers transfer on transfer.id = posting.transfer_id
where wallet.user_id = ?
group by wallet.id, balance.account_key"""



def statements(user, platform, type_filter, page, limit):
    """(count sql, count params, count types, page sql, page params, page types), bound as V4's forUser bound them."""
    is_platform = user == platform
    items = "with items as (" + WALLET_ITEMS + "\nunion all\n" + UNSETTLED_DEPOSITS
    if is_platform:
        items += "\nunion all\n" + PLATFORM_ITEMS
    items += ")\n"
    filter_sql = "" if type_filter is None else FILTER
    params = [user, user, platform, user, platform, user, "wallet:" + user, user, user]
    if is_platform:
        params += [platform, platform]
    if type_filter is not None:
        params.append(type_filter)
    types = ["varchar"] * len(params)
    return (items + COUNT + filter_sql, list(params), list(types),
            items + LIST + filter_sql + ORDER, params + [limit, (page - 1) * limit], types + ["int4", "int8"])
