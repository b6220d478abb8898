package com.jobsphere.adapters.postgres;

import com.jobsphere.application.port.ConcurrentUpdate;
import com.jobsphere.application.port.Ledger;
import com.jobsphere.application.port.LedgerCheck;
import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.application.port.PlatformBalances;
import com.jobsphere.application.port.PostedTransfer;
import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.ledger.Account;
import com.jobsphere.domain.ledger.Posting;
import com.jobsphere.domain.ledger.Subject;
import com.jobsphere.domain.ledger.Transfer;
import com.jobsphere.domain.ledger.TransferType;
import com.jobsphere.domain.money.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The ledger on PostgreSQL. A transfer is one row in {@code transfers}, its postings in {@code postings}
 * (both append-only, enforced by triggers), and its effect on balances: a wallet's balance is one row, a
 * platform account's balance is the sum of {@value #PLATFORM_SLOTS} slot rows, and each transfer adds to the
 * slot its id hashes to, so transfers that all touch escrow rarely wait on one another.
 */
final class JdbiLedger implements Ledger {
    /** The number of slot rows per platform account; V1__schema.sql seeds exactly this many. */
    static final int PLATFORM_SLOTS = 32;
    private static final int MAXIMUM_DISCREPANCIES_PER_CHECK = 100;

    private final Sql sql;

    JdbiLedger(Sql sql) {
        this.sql = sql;
    }

    /**
     * The transfer's writes are queued and reach the server with the rest of the unit of work, in one round trip:
     * the wallet balances (each guarded against an overdraft, checked when the answers come back), the transfer and
     * its postings, and the platform slots. Balance rows are always written in one order (wallets by account key,
     * then platform slots by account), the last level of the one lock order, so two transfers can wait for each
     * other but never deadlock. A refused transfer fails its whole transaction, so nothing of it remains.
     */
    @Override
    public void post(Transfer transfer) {
        sql.acquire(Sql.LockLevel.LEDGER);
        Map<Account, Long> wallets = new TreeMap<>(JdbiLedger::byKey);
        Map<Account, Long> platform = new TreeMap<>(JdbiLedger::byKey);
        for (Posting posting : transfer.postings()) {
            Map<Account, Long> side = posting.account().isWallet() ? wallets : platform;
            side.merge(posting.account(), posting.amountCents(), Math::addExact);
        }
        wallets.forEach(this::applyToWallet);
        append(transfer);
        int slot = slotOf(transfer);
        platform.forEach((account, delta) -> applyToPlatform(account, slot, delta));
    }

    @Override
    public long balanceOf(Account account) {
        if (account.isWallet()) {
            return sql.call(handle -> handle.createQuery(
                            "select balance_cents from wallet_balances where account_key = :key")
                    .bind("key", account.key())
                    .mapTo(Long.class)
                    .findOne())
                    .orElse(0L);
        }
        return sql.call(handle -> handle.createQuery(
                        "select coalesce(sum(balance_cents), 0)::bigint from platform_balance_slots where account_key = :key")
                .bind("key", account.key())
                .mapTo(Long.class)
                .one());
    }

    @Override
    public long platformBalance() {
        return sql.call(handle -> handle.createQuery("""
                        select coalesce(sum(balance_cents), 0)::bigint from platform_balance_slots
                        where account_key in (:escrow, :revenue)""")
                .bind("escrow", Account.ESCROW.key())
                .bind("revenue", Account.REVENUE.key())
                .mapTo(Long.class)
                .one());
    }

    /**
     * Each check is a single statement, so each sees one consistent snapshot even while transfers commit
     * around it; each lists at most {@value #MAXIMUM_DISCREPANCIES_PER_CHECK} discrepancies.
     */
    @Override
    public LedgerCheck verify() {
        List<String> discrepancies = new ArrayList<>();
        long total = sql.call(handle -> handle.createQuery("select coalesce(sum(amount_cents), 0)::bigint from postings")
                .mapTo(Long.class)
                .one());
        if (total != 0) {
            discrepancies.add("All postings together sum to " + total + " cents, not zero");
        }
        discrepancies.addAll(malformedTransfers());
        discrepancies.addAll(mismatchedAccounts());
        discrepancies.addAll(misreadHistory());
        long accounts = count("ledger_accounts");
        long transfers = count("transfers");
        return new LedgerCheck(discrepancies.isEmpty(), accounts, transfers, discrepancies);
    }

    /** One statement over the slot rows, so the four sums come from one snapshot. */
    @Override
    public PlatformBalances platformBalances() {
        return sql.call(handle -> handle.createQuery("""
                        select coalesce(sum(balance_cents) filter (where account_key = :escrow), 0)::bigint as escrow,
                               coalesce(sum(balance_cents) filter (where account_key = :revenue), 0)::bigint as revenue,
                               coalesce(sum(balance_cents) filter (where account_key = :pending), 0)::bigint as pending,
                               coalesce(sum(balance_cents) filter (where account_key = :clearing), 0)::bigint as clearing
                        from platform_balance_slots""")
                .bind("escrow", Account.ESCROW.key())
                .bind("revenue", Account.REVENUE.key())
                .bind("pending", Account.WITHDRAWALS_PENDING.key())
                .bind("clearing", Account.STRIPE_CLEARING.key())
                .map((row, context) -> new PlatformBalances(row.getLong("escrow"), row.getLong("revenue"),
                        row.getLong("pending"), row.getLong("clearing")))
                .one());
    }

    /**
     * The page of transfers and all their postings come in one statement (a row per posting, the transfer's columns
     * repeated), so a page costs one query however many transfers it holds; counting them is the second.
     */
    @Override
    public Page<PostedTransfer> transfers(PageRequest page) {
        long total = count("transfers");
        List<PostingRow> rows = sql.call(handle -> handle.createQuery("""
                        with page as (
                            select id, type, created_at from transfers
                            order by created_at desc, id collate "C" desc
                            limit :limit offset :offset)
                        select page.id, page.type, page.created_at, posting.account_key, posting.amount_cents
                        from page join postings posting on posting.transfer_id = page.id
                        order by page.created_at desc, page.id collate "C" desc, posting.leg""")
                .bind("limit", page.limit())
                .bind("offset", page.offset())
                .map((row, context) -> new PostingRow(row.getString("id"),
                        Columns.state(row, "type", TransferType.class), Columns.instant(row, "created_at"),
                        new Posting(Account.ofKey(row.getString("account_key")), row.getLong("amount_cents"))))
                .list());
        Map<String, List<PostingRow>> byTransfer = new LinkedHashMap<>();
        rows.forEach(row -> byTransfer.computeIfAbsent(row.transferId(), id -> new ArrayList<>()).add(row));
        List<PostedTransfer> transfers = byTransfer.values().stream().map(legs -> new PostedTransfer(
                legs.get(0).transferId(), legs.get(0).type(), legs.get(0).createdAt(),
                legs.stream().map(PostingRow::posting).toList())).toList();
        return new Page<>(transfers, page, total);
    }

    /** One row of {@link #transfers}: a posting, with its transfer's columns. */
    private record PostingRow(String transferId, TransferType type, Instant createdAt, Posting posting) {
    }

    /**
     * The condition is evaluated on the latest committed row (PostgreSQL re-reads a row it had to wait for), and the
     * CHECK on the column backs it up: the database itself never lets a wallet go below zero.
     */
    private void applyToWallet(Account wallet, long delta) {
        if (delta == 0) {
            return;
        }
        sql.write("update wallet_balances set balance_cents = balance_cents + ? where account_key = ? and balance_cents + ? >= 0")
                .number(delta).text(wallet.key()).number(delta)
                .expect(updated -> {
                    if (updated == 0) {
                        throw insufficientBalance(wallet, delta);
                    }
                })
                .onCheck("wallet_balances_not_negative", () -> new BusinessRuleViolated("Insufficient balance"));
    }

    private BusinessRuleViolated insufficientBalance(Account wallet, long delta) {
        long available = sql.call(handle -> handle.createQuery("select balance_cents from wallet_balances where account_key = :key")
                .bind("key", wallet.key())
                .mapTo(Long.class)
                .findOne())
                .orElseThrow(() -> new IllegalStateException("No wallet account " + wallet.key() + " was opened"));
        return BusinessRuleViolated.insufficientBalance(Money.ofCents(-delta), Money.ofCents(available));
    }

    /**
     * The transfer row with what it is about and all its postings, in one statement. Each posting carries its
     * transfer's time and type, which the history reads from the wallet postings' index alone.
     */
    private void append(Transfer transfer) {
        Subject subject = transfer.subject();
        String subjectType;
        String subjectId;
        String jobId = null;
        if (subject instanceof Subject.Deposit deposit) {
            subjectType = "deposit";
            subjectId = deposit.depositId().value();
        } else if (subject instanceof Subject.Withdrawal withdrawal) {
            subjectType = "withdrawal";
            subjectId = withdrawal.withdrawalId().value();
        } else {
            Subject.Offer offer = (Subject.Offer) subject;
            subjectType = "offer";
            subjectId = offer.offerId().value();
            jobId = offer.jobId().value();
        }
        // One statement for the transfer and its postings: the postings take the transfer's id, time and type from
        // the row just inserted. A repeated transfer id violates transfers_pkey, and nothing of the statement stays.
        List<Posting> postings = transfer.postings();
        StringBuilder statement = new StringBuilder("""
                with transfer as (
                    insert into transfers (id, type, created_at, subject_type, subject_id, job_id)
                    values (?, ?, ?, ?, ?, ?)
                    returning id, type, created_at)
                insert into postings (transfer_id, leg, account_key, amount_cents, created_at, transfer_type)
                select transfer.id, leg.leg, leg.account_key, leg.amount_cents, transfer.created_at, transfer.type
                from transfer cross join (values\s""");
        for (int leg = 0; leg < postings.size(); leg++) {
            statement.append(leg == 0 ? "" : ", ").append("(?::smallint, ?::text, ?::bigint)");
        }
        statement.append(") as leg (leg, account_key, amount_cents)");
        Sql.Write write = sql.write(statement.toString())
                .text(transfer.id()).text(Columns.wire(transfer.type())).time(transfer.createdAt())
                .text(subjectType).text(subjectId).text(jobId)
                .onUnique("transfers_pkey",
                        () -> new ConcurrentUpdate("Transfer " + transfer.id() + " was posted already", null))
                .expect(inserted -> {
                    if (inserted != postings.size()) {
                        throw new IllegalStateException("Transfer " + transfer.id() + " wrote " + inserted
                                + " postings of " + postings.size());
                    }
                });
        for (int leg = 0; leg < postings.size(); leg++) {
            write.integer(leg).text(postings.get(leg).account().key()).number(postings.get(leg).amountCents());
        }
    }

    /**
     * Adds to one slot row of the platform account. The search starts at the slot the transfer id hashes to and
     * takes the first slot no other transaction holds ({@code SKIP LOCKED}), so concurrent transfers never queue
     * on a slot while a free one exists; only when all are held does it wait on the hashed slot. Skipping never
     * waits, so it adds no deadlock to the fixed locking order. An escrow slot also counts the movements, the
     * transfers that post to escrow, for the platform's history: in the same update, so at no extra cost.
     */
    private void applyToPlatform(Account account, int slot, long delta) {
        if (delta == 0) {
            return;
        }
        sql.write("""
                        update platform_balance_slots set balance_cents = balance_cents + ?, movements = movements + ?
                        where account_key = ? and slot = coalesce(
                            (select free.slot from platform_balance_slots free
                             where free.account_key = ?
                             order by (free.slot + ?) % ?
                             limit 1
                             for update skip locked),
                            ?)""")
                .number(delta).integer(account.equals(Account.ESCROW) ? 1 : 0).text(account.key()).text(account.key())
                .integer(PLATFORM_SLOTS - slot)
                .integer(PLATFORM_SLOTS).integer(slot)
                .expectOneRow("platform balance slot of", account.key() + " from #" + slot);
    }

    private List<String> malformedTransfers() {
        return sql.call(handle -> handle.createQuery("""
                        select transfer.id, count(posting.leg) as legs, coalesce(sum(posting.amount_cents), 0)::bigint as sum_cents
                        from transfers transfer
                        left join postings posting on posting.transfer_id = transfer.id
                        group by transfer.id
                        having count(posting.leg) < 2 or coalesce(sum(posting.amount_cents), 0) <> 0
                        order by transfer.id
                        limit :limit""")
                .bind("limit", MAXIMUM_DISCREPANCIES_PER_CHECK)
                .map((row, context) -> row.getLong("legs") < 2
                        ? "Transfer " + row.getString("id") + " has " + row.getLong("legs") + " postings, not two or more"
                        : "Transfer " + row.getString("id") + " sums to " + row.getLong("sum_cents") + " cents, not zero")
                .list());
    }

    private List<String> mismatchedAccounts() {
        return sql.call(handle -> handle.createQuery("""
                        with stored as (
                            select account_key, balance_cents from wallet_balances
                            union all
                            select account_key, sum(balance_cents)::bigint from platform_balance_slots group by account_key),
                        posted as (
                            select account_key, sum(amount_cents)::bigint as posted_cents from postings group by account_key)
                        select account_key, account.kind, stored.balance_cents, coalesce(posted.posted_cents, 0) as posted_cents
                        from ledger_accounts account
                        full join stored using (account_key)
                        full join posted using (account_key)
                        where account.kind is null
                           or stored.balance_cents is null
                           or stored.balance_cents <> coalesce(posted.posted_cents, 0)
                        order by account_key
                        limit :limit""")
                .bind("limit", MAXIMUM_DISCREPANCIES_PER_CHECK)
                .map((row, context) -> describeMismatch(row.getString("account_key"), row.getString("kind"),
                        row.getObject("balance_cents", Long.class), row.getLong("posted_cents")))
                .list());
    }

    /**
     * What the history's statements ({@link HistoryQuery}) rely on, so that reading it from indexes and counters
     * shows what the ledger holds: each posting carries its transfer's type, the escrow slots count every escrow
     * movement, an escrow movement has exactly one wallet posting, and a withdrawal's reservation is posted at the
     * instant the withdrawal is requested. One statement, so one snapshot.
     */
    private List<String> misreadHistory() {
        return sql.call(handle -> handle.createQuery("""
                        (select 'Posting ' || posting.transfer_id || '/' || posting.leg || ' says its transfer is '
                                || posting.transfer_type || ', but it is ' || transfer.type
                         from postings posting join transfers transfer on transfer.id = posting.transfer_id
                         where posting.transfer_type <> transfer.type
                         order by posting.transfer_id, posting.leg limit :limit)
                        union all
                        (select 'The escrow slots count ' || counted.movements || ' escrow movements, but there are '
                                || actual.movements
                         from (select coalesce(sum(movements), 0)::bigint as movements from platform_balance_slots
                               where account_key = :escrow) counted,
                              (select count(*) as movements from transfers where type in (<escrowTypes>)) actual
                         where counted.movements <> actual.movements)
                        union all
                        (select 'Escrow movement ' || transfer.id || ' has ' || count(posting.leg)
                                || ' wallet postings, not one'
                         from transfers transfer
                         left join postings posting on posting.transfer_id = transfer.id
                             and posting.account_key like 'wallet:%'
                         where transfer.type in (<escrowTypes>)
                         group by transfer.id having count(posting.leg) <> 1
                         order by transfer.id limit :limit)
                        union all
                        (select 'Withdrawal ' || withdrawal.id || ' was requested at ' || withdrawal.requested_at
                                || ', but its reservation ' || transfer.id || ' was posted at ' || transfer.created_at
                         from transfers transfer join withdrawals withdrawal on withdrawal.id = transfer.subject_id
                         where transfer.type = 'withdrawal_reserved' and transfer.created_at <> withdrawal.requested_at
                         order by withdrawal.id limit :limit)""")
                .bind("limit", MAXIMUM_DISCREPANCIES_PER_CHECK)
                .bind("escrow", Account.ESCROW.key())
                .bindList("escrowTypes", HistoryQuery.ESCROW_TYPES)
                .mapTo(String.class)
                .list());
    }

    private static String describeMismatch(String account, String kind, Long stored, long posted) {
        if (kind == null) {
            return "Account " + account + " is not in the ledger's accounts, yet it has a balance or postings";
        }
        if (stored == null) {
            return "Account " + account + " has no stored balance; its postings sum to " + posted + " cents";
        }
        return "Account " + account + " stores a balance of " + stored + " cents but its postings sum to "
                + posted + " cents";
    }

    private long count(String table) {
        return sql.call(handle -> handle.createQuery("select count(*) from " + table).mapTo(Long.class).one());
    }

    /** The slot a transfer's platform postings go to: spread by the id's hash, and the same on every retry. */
    static int slotOf(Transfer transfer) {
        return Math.floorMod(transfer.id().hashCode(), PLATFORM_SLOTS);
    }

    private static int byKey(Account left, Account right) {
        return left.key().compareTo(right.key());
    }
}
