package com.jobsphere.adapters.postgres;

import com.jobsphere.domain.common.WireNames;
import com.jobsphere.domain.wallet.TransactionType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The history's two statements, the count and the page, for one user, type filter and page: text and parameters
 * only, so {@link JdbiHistory} sends them and bench/history explains exactly these (V8 gives them their indexes).
 *
 * <p><b>The page.</b> A user's items come from up to three sources, and each gives only its own first
 * (offset + limit) items, read in the page's order straight from an index; only those are merged, sorted and cut:
 * <ul>
 * <li>the transfers on the user's wallet other than deposit credits, one range of {@code postings_wallet_history}
 * (account, transfer type, time) per transfer type. A posting carries its transfer's time and type, and a withdrawal
 * is requested at the instant its reservation is posted, so the posting's time is the item's;</li>
 * <li>the user's deposits, credited or not, by {@code deposits_user_created_at_id}; a credited one is known, and its
 * amount read, by the wallet's leg of its credit ({@code 'deposit-' || id}, leg 1);</li>
 * <li>for the platform's user, the escrow movements, by {@code transfers_escrow_movements}.</li>
 * </ul>
 * A type filter becomes the transfer types it means, so a source that cannot match is left out. The transfer rows,
 * the escrow movement's wallet leg and the parties' names are read for the page's items alone, after the cut.
 *
 * <p><b>The count</b> counts the same items from indexes and counters: the wallet's postings of the item types
 * (deposit credits included) from the index alone, the unsettled deposits from {@code deposits_user_created_at}, and
 * the escrow movements from the movements counter of the escrow balance slots (with a type filter, from
 * {@code transfers_type}).
 *
 * <p>Parameters are Strings, Integers and Longs, bound with setString, setInt and setLong.
 */
final class HistoryQuery {
    /** One statement: its text with {@code ?} placeholders, and their values in order. */
    record Statement(String sql, List<Object> parameters) {
    }

    /** A transfer type that makes an item in a wallet's history, other than a deposit, and the item it makes. */
    private record WalletItem(String transferType, TransactionType itemType) {
    }

    /** Every such transfer type, in a fixed order: the one place that maps transfer types to item types. */
    private static final List<WalletItem> WALLET_ITEMS = List.of(
            new WalletItem("withdrawal_reserved", TransactionType.WITHDRAWAL),
            new WalletItem("offer_accepted", TransactionType.WALLET_TRANSFER),
            new WalletItem("offer_refunded", TransactionType.REFUND),
            new WalletItem("completion_approved", TransactionType.CONTRACTOR_PAYOUT));
    /** The escrow movements, which the platform's user sees from the platform's side. */
    static final List<String> ESCROW_TYPES = List.of("offer_accepted", "offer_refunded", "completion_approved");
    /** An escrow movement's item type, from its transfer's type, in SQL. */
    private static final String ITEM_TYPE = WALLET_ITEMS.stream()
            .map(item -> "when '" + item.transferType() + "' then '" + WireNames.of(item.itemType()) + "'")
            .collect(Collectors.joining(" ", "case transfer.type ", " end"));

    private final Statement count;
    private final Statement page;

    private HistoryQuery(Statement count, Statement page) {
        this.count = count;
        this.page = page;
    }

    Statement count() {
        return count;
    }

    Statement page() {
        return page;
    }

    /** The statements for {@code user}'s items of {@code type} (null: every type), {@code limit} from {@code offset}. */
    static HistoryQuery of(String user, String platform, TransactionType type, int limit, long offset) {
        List<WalletItem> walletItems = WALLET_ITEMS.stream().filter(item -> type == null || item.itemType() == type)
                .toList();
        List<String> walletTypes = walletItems.stream().map(WalletItem::transferType).toList();
        boolean deposits = type == null || type == TransactionType.DEPOSIT;
        List<String> escrowTypes = !user.equals(platform) ? List.of()
                : ESCROW_TYPES.stream().filter(walletTypes::contains).toList();
        return new HistoryQuery(count(user, type, walletTypes, deposits, escrowTypes),
                page(user, platform, walletItems, deposits, escrowTypes, limit, offset));
    }

    private static Statement count(String user, TransactionType type, List<String> walletTypes, boolean deposits,
            List<String> escrowTypes) {
        List<String> terms = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        List<String> counted = deposits
                ? Stream.concat(walletTypes.stream(), Stream.of("deposit_credited")).toList() : walletTypes;
        if (!counted.isEmpty()) {
            terms.add("""
                    (select count(*) from postings posting
                     where posting.account_key = ? and posting.account_key like 'wallet:%'
                       and posting.transfer_type in""" + in(counted) + ")");
            parameters.add("wallet:" + user);
        }
        if (deposits) {
            terms.add("(select count(*) from deposits deposit where deposit.user_id = ? and deposit.status <> 'completed')");
            parameters.add(user);
        }
        if (!escrowTypes.isEmpty() && type == null) {
            terms.add("""
                    (select coalesce(sum(slot.movements), 0)::bigint from platform_balance_slots slot
                     where slot.account_key = 'platform:escrow')""");
        } else if (!escrowTypes.isEmpty()) {
            terms.add("(select count(*) from transfers transfer where transfer.type in" + in(escrowTypes) + ")");
        }
        return new Statement("select " + String.join("\n     + ", terms), parameters);
    }

    private static Statement page(String user, String platform, List<WalletItem> walletItems, boolean deposits,
            List<String> escrowTypes, int limit, long offset) {
        List<String> sources = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        long candidates = offset + limit;
        for (WalletItem item : walletItems) {
            String transferType = item.transferType();
            if (item.itemType() == TransactionType.WITHDRAWAL) {
                sources.add("""
                        (select transfer.subject_id as id, 'row' as source, null::text as transfer_id, 'withdrawal' as type,
                                abs(posting.amount_cents) as amount_cents, ?::text as from_user_id, null::text as to_user_id,
                                null::text as offer_id, null::text as job_id,
                                case when withdrawal.status in ('pending', 'processing') then 'pending'
                                     when withdrawal.status = 'rejected' then 'cancelled' else withdrawal.status end as status,
                                posting.created_at as created_at, withdrawal.processed_at as completed_at
                         from postings posting
                         join transfers transfer on transfer.id = posting.transfer_id
                         left join withdrawals withdrawal on withdrawal.id = transfer.subject_id
                         where posting.account_key = ? and posting.account_key like 'wallet:%'
                           and posting.transfer_type = 'withdrawal_reserved'
                         order by posting.created_at desc, transfer.subject_id collate "C" desc
                         limit ?)""");
                parameters.addAll(List.of(user, "wallet:" + user, candidates));
                continue;
            }
            boolean spent = item.itemType() == TransactionType.WALLET_TRANSFER;
            sources.add("""
                    (select posting.transfer_id as id, 'ledger' as source, posting.transfer_id as transfer_id,
                            '%s'::text as type, abs(posting.amount_cents) as amount_cents, ?::text as from_user_id,
                            ?::text as to_user_id, null::text as offer_id, null::text as job_id, 'completed'::text as status,
                            posting.created_at as created_at, null::timestamptz as completed_at
                     from postings posting
                     where posting.account_key = ? and posting.account_key like 'wallet:%%'
                       and posting.transfer_type = '%s'
                     order by posting.created_at desc, posting.transfer_id collate "C" desc
                     limit ?)""".formatted(WireNames.of(item.itemType()), transferType));
            parameters.addAll(List.of(spent ? user : platform, spent ? platform : user, "wallet:" + user, candidates));
        }
        if (deposits) {
            sources.add("""
                    (select deposit.id as id, 'row' as source, null::text as transfer_id, 'deposit' as type,
                            coalesce(credit.amount_cents, deposit.amount_cents) as amount_cents,
                            null::text as from_user_id, ?::text as to_user_id, null::text as offer_id, null::text as job_id,
                            case when credit.transfer_id is null then deposit.status else 'completed' end as status,
                            deposit.created_at as created_at, deposit.completed_at as completed_at
                     from deposits deposit
                     left join postings credit on credit.transfer_id = 'deposit-' || deposit.id and credit.leg = 1
                     where deposit.user_id = ? and (deposit.status <> 'completed' or credit.transfer_id is not null)
                     order by deposit.created_at desc, deposit.id collate "C" desc
                     limit ?)""");
            parameters.addAll(List.of(user, user, candidates));
        }
        if (!escrowTypes.isEmpty()) {
            sources.add("""
                    (select transfer.id as id, 'escrow' as source, transfer.id as transfer_id, null::text as type,
                            null::bigint as amount_cents, null::text as from_user_id, null::text as to_user_id,
                            null::text as offer_id, null::text as job_id, 'completed'::text as status,
                            transfer.created_at as created_at, null::timestamptz as completed_at
                     from transfers transfer
                     where transfer.type in""" + in(escrowTypes) + """

                     order by transfer.created_at desc, transfer.id collate "C" desc
                     limit ?)""");
            parameters.add(candidates);
        }
        String sql = "with items as (\n" + String.join("\nunion all\n", sources) + """
                ),
                page as (select * from items item order by item.created_at desc, item.id collate "C" desc limit ? offset ?),
                detailed as (
                    select item.id,
                           coalesce(item.type, %s) as type,
                           coalesce(item.amount_cents, abs(movement.amount_cents)) as amount_cents,
                           case when item.source <> 'escrow' then item.from_user_id
                                when transfer.type = 'offer_accepted' then substring(movement.account_key from 8)
                                else ? end as from_user_id,
                           case when item.source <> 'escrow' then item.to_user_id
                                when transfer.type = 'offer_accepted' then ?
                                else substring(movement.account_key from 8) end as to_user_id,
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
                order by item.created_at desc, item.id collate "C" desc""".formatted(ITEM_TYPE);
        parameters.addAll(List.of(limit, offset, platform, platform));
        return new Statement(sql, parameters);
    }

    /** A list of fixed transfer types as an SQL list; never user input. */
    private static String in(List<String> types) {
        return types.stream().map(type -> "'" + type + "'").collect(Collectors.joining(", ", " (", ")"));
    }
}
