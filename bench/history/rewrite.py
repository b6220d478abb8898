# The proposed history statements (bench/history/README in bench/README.md, "The history at a million transfers").
# explain.py runs this file's statements() in place of JdbiHistory's, on the schema of proposal.sql. It is a
# proposal measured in a scratch database, not the service's code.
#
# The page: the three sources of items each give their own first (offset + limit) items in the page's order,
# straight from an index, and only those are merged, sorted and cut to the page. Today every item of the user is
# read and sorted, because the page is ordered by an expression the indexes do not hold
# (coalesce(deposit.created_at, withdrawal.requested_at, transfer.created_at)). Split by source, each key is an
# index column:
#   - transfers on the user's wallet other than deposit credits, one source per transfer type: dated by the
#     transfer, which is the posting's created_at (JdbiLedger writes it; a withdrawal is requested at the instant
#     its reservation is posted), so postings_wallet_history, keyed (account, transfer type, time), gives each type
#     in order, and a type filter reads only its own range;
#   - the user's deposits, credited or not: dated by deposit.created_at, from a deposits (user_id, created_at) index
#     that covers every status; a credited one is recognised, and its amount read, by its credit posting
#     ('deposit-' || id, the wallet's leg), one primary-key probe per item on the page;
#   - for the platform's user, the escrow movements by transfers_escrow_movements.
# A type filter becomes the transfer types it means, so a source that cannot match is left out instead of scanned.
# The parties' names are joined to the page's 20 items, not to every candidate (the planner hashed all users for
# page 50).
#
# The count: what today's count counts, where it is cheap. Postings carry their transfer's type (proposal.sql), so
# a wallet's items (its deposit credits included) are counted from the index alone, the unsettled deposits from
# deposits_user_created_at as today, and the escrow movements by a counter in the platform balance slots that every
# escrow movement already updates (no extra statement, no new hot row); with a type filter, by transfers_type.
ITEM_TYPE = """case transfer.type when 'deposit_credited' then 'deposit' when 'withdrawal_reserved' then 'withdrawal'
     when 'offer_accepted' then 'wallet_transfer' when 'offer_refunded' then 'refund'
     else 'contractor_payout' end"""
WALLET_TYPES = {"withdrawal": ["withdrawal_reserved"], "wallet_transfer": ["offer_accepted"],
                "refund": ["offer_refunded"], "contractor_payout": ["completion_approved"]}
ESCROW_TYPES = ["offer_accepted", "offer_refunded", "completion_approved"]


def _in(values):
    return "(" + ", ".join("'%s'" % v for v in values) + ")"


def statements(parts, user, type_filter, page):
    is_platform = user == PLATFORM
    params, types = [], []

    def p(value, kind="varchar"):
        params.append(value)
        types.append(kind)
        return "?"

    wallet_types = sum(WALLET_TYPES.values(), []) if type_filter is None else WALLET_TYPES.get(type_filter, [])
    deposits = type_filter in (None, "deposit")
    escrow_types = [t for t in ESCROW_TYPES if t in wallet_types] if type_filter else ESCROW_TYPES
    if not is_platform:
        escrow_types = []

    # --- the count
    counts = []
    counted = wallet_types + (["deposit_credited"] if deposits else [])
    if counted:
        counts.append("""(select count(*) from postings posting
               where posting.account_key = %s and posting.account_key like 'wallet:%%'
                 and posting.transfer_type in %s)""" % (p("wallet:" + user), _in(counted)))
    if deposits:
        counts.append("""(select count(*) from deposits deposit
               where deposit.user_id = %s and deposit.status <> 'completed')""" % p(user))
    if escrow_types and type_filter is None:
        counts.append("""(select coalesce(sum(slot.movements), 0)::bigint from platform_balance_slots slot
               where slot.account_key = 'platform:escrow')""")
    elif escrow_types:
        counts.append("(select count(*) from transfers transfer where transfer.type in %s)" % _in(escrow_types))
    count = "select " + (" + ".join(counts) if counts else "0")
    count_params, count_types = list(params), list(types)

    # --- the page
    # Each source gives its first (offset + limit) items in the page's order. The ledger's sources give only what
    # their index holds (time, id, amount): the transfer rows are read for the page's items alone, after the cut.
    params.clear()
    types.clear()
    k = (page - 1) * LIMIT + LIMIT
    item_type = {"offer_accepted": "wallet_transfer", "offer_refunded": "refund", "completion_approved": "contractor_payout"}
    columns = ("id", "source", "transfer_id", "type", "amount_cents", "from_user_id", "to_user_id", "offer_id", "job_id",
               "status", "created_at", "completed_at")
    branches = []
    for transfer_type in wallet_types:
        if transfer_type == "withdrawal_reserved":
            branches.append("""(select transfer.subject_id as id, 'row' as source, null::text as transfer_id,
       'withdrawal' as type, abs(posting.amount_cents) as amount_cents, %(u)s as from_user_id, null::text as to_user_id,
       null::text as offer_id, null::text as job_id,
       case when withdrawal.status in ('pending', 'processing') then 'pending'
            when withdrawal.status = 'rejected' then 'cancelled' else withdrawal.status end as status,
       posting.created_at as created_at, withdrawal.processed_at as completed_at
from postings posting
join transfers transfer on transfer.id = posting.transfer_id
left join withdrawals withdrawal on withdrawal.id = transfer.subject_id
where posting.account_key = %(w)s and posting.account_key like 'wallet:%%' and posting.transfer_type = 'withdrawal_reserved'
order by posting.created_at desc, transfer.subject_id collate "C" desc
limit %(k)s)""" % {"u": p(user), "w": p("wallet:" + user), "k": p(k, "int4")})
            continue
        # One range of postings_wallet_history, read from the index alone: (account, type) in time order.
        branches.append("""(select posting.transfer_id as id, 'ledger' as source, posting.transfer_id as transfer_id,
       '%(type)s'::text as type, abs(posting.amount_cents) as amount_cents, %(from)s as from_user_id, %(to)s as to_user_id,
       null::text as offer_id, null::text as job_id, 'completed'::text as status, posting.created_at as created_at,
       null::timestamptz as completed_at
from postings posting
where posting.account_key = %(w)s and posting.account_key like 'wallet:%%' and posting.transfer_type = '%(tt)s'
order by posting.created_at desc, posting.transfer_id collate "C" desc
limit %(k)s)""" % {"type": item_type[transfer_type],
                   "from": p(user) if transfer_type == "offer_accepted" else p(PLATFORM),
                   "to": p(PLATFORM) if transfer_type == "offer_accepted" else p(user),
                   "w": p("wallet:" + user), "tt": transfer_type, "k": p(k, "int4")})
    if deposits:
        branches.append("""(select deposit.id as id, 'row' as source, null::text as transfer_id, 'deposit' as type,
       case when credit.transfer_id is null then deposit.amount_cents else credit.amount_cents end as amount_cents,
       null::text as from_user_id, %(u1)s as to_user_id, null::text as offer_id, null::text as job_id,
       case when credit.transfer_id is null then deposit.status else 'completed' end as status,
       deposit.created_at as created_at, deposit.completed_at as completed_at
from deposits deposit
left join postings credit on credit.transfer_id = 'deposit-' || deposit.id and credit.leg = 1
where deposit.user_id = %(u2)s and (deposit.status <> 'completed' or credit.transfer_id is not null)
order by deposit.created_at desc, deposit.id collate "C" desc
limit %(k)s)""" % {"u1": p(user), "u2": p(user), "k": p(k, "int4")})
    if escrow_types:
        # The escrow movements, from transfers_escrow_movements alone.
        branches.append("""(select transfer.id as id, 'escrow' as source, transfer.id as transfer_id, null::text as type,
       null::bigint as amount_cents, null::text as from_user_id, null::text as to_user_id, null::text as offer_id,
       null::text as job_id, 'completed'::text as status, transfer.created_at as created_at,
       null::timestamptz as completed_at
from transfers transfer
where transfer.type in %(types)s
order by transfer.created_at desc, transfer.id collate "C" desc
limit %(k)s)""" % {"types": _in(escrow_types), "k": p(k, "int4")})
    if not branches:   # a type no source can have: an empty page of the same shape
        branches.append("(select " + ", ".join("null::%s as %s" % (
            "bigint" if c == "amount_cents" else "timestamptz" if c.endswith("_at") else "text", c) for c in columns)
            + " where false)")
    listing = ("with items as (" + "\nunion all\n".join(branches) + """),
page as (select * from items item order by item.created_at desc, item.id collate "C" desc limit ? offset ?),
detailed as (
    select item.id,
           coalesce(item.type, %(type)s) as type,
           coalesce(item.amount_cents, abs(movement.amount_cents)) as amount_cents,
           case when item.source = 'escrow' then case transfer.type when 'offer_accepted'
                then substring(movement.account_key from 8) else ? end else item.from_user_id end as from_user_id,
           case when item.source = 'escrow' then case transfer.type when 'offer_accepted'
                then ? else substring(movement.account_key from 8) end else item.to_user_id end as to_user_id,
           case when item.source = 'row' then item.offer_id else transfer.subject_id end as offer_id,
           case when item.source = 'row' then item.job_id else transfer.job_id end as job_id,
           item.status, item.created_at,
           case when item.source = 'row' then item.completed_at else transfer.created_at end as completed_at
    from page item
    left join transfers transfer on transfer.id = item.transfer_id
    left join lateral (select posting.account_key, posting.amount_cents from postings posting
                       where item.source = 'escrow' and posting.transfer_id = item.transfer_id
                         and posting.account_key like 'wallet:%%'
                       order by posting.leg limit 1) movement on true)
select item.*, sender.name as from_name, sender.email as from_email,
       receiver.name as to_name, receiver.email as to_email
from detailed item
left join users sender on sender.id = item.from_user_id
left join users receiver on receiver.id = item.to_user_id
order by item.created_at desc, item.id collate "C" desc""" % {"type": ITEM_TYPE})
    # The page's parameters come in the text's order: limit and offset, then the platform twice.
    p(LIMIT, "int4")
    p((page - 1) * LIMIT, "int8")
    p(PLATFORM)
    p(PLATFORM)
    return count, count_params, count_types, listing, list(params), list(types)
