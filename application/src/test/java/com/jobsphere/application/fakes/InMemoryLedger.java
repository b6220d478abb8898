package com.jobsphere.application.fakes;

import com.jobsphere.application.port.ConcurrentUpdate;
import com.jobsphere.application.port.Ledger;
import com.jobsphere.application.port.LedgerCheck;
import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.application.port.PlatformBalances;
import com.jobsphere.application.port.PostedTransfer;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.ledger.Account;
import com.jobsphere.domain.ledger.AccountKind;
import com.jobsphere.domain.ledger.Posting;
import com.jobsphere.domain.ledger.Transfer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The ledger as a list of transfers and the domain's {@code Book} of balances. */
final class InMemoryLedger implements Ledger {
    private static final Comparator<PostedTransfer> NEWEST_FIRST = Comparator.comparing(PostedTransfer::createdAt)
            .thenComparing(PostedTransfer::id).reversed();
    private final InMemoryState state;

    InMemoryLedger(InMemoryState state) {
        this.state = state;
    }

    @Override
    public void post(Transfer transfer) {
        if (state.transfers.stream().anyMatch(posted -> posted.id().equals(transfer.id()))) {
            throw new ConcurrentUpdate("Transfer " + transfer.id() + " was posted already", null);
        }
        for (Posting posting : transfer.postings()) {
            if (posting.account().isWallet() && !state.walletsByUser.containsKey(new UserId(posting.account().ownerId()))) {
                throw new IllegalStateException("No wallet account " + posting.account().key() + " was opened");
            }
        }
        // The book refuses an overdraft before it changes anything, naming what the transfer takes and what is there.
        state.book.apply(transfer);
        state.transfers.add(transfer);
    }

    @Override
    public long balanceOf(Account account) {
        return state.book.balanceOf(account);
    }

    @Override
    public long platformBalance() {
        return Math.addExact(state.book.balanceOf(Account.ESCROW), state.book.balanceOf(Account.REVENUE));
    }

    /** Recomputes every balance from the postings, as the SQL store does against its stored balances. */
    @Override
    public LedgerCheck verify() {
        List<String> discrepancies = new ArrayList<>();
        Map<Account, Long> posted = new TreeMap<>(Comparator.comparing(Account::key));
        long total = 0;
        for (Transfer transfer : state.transfers) {
            for (Posting posting : transfer.postings()) {
                posted.merge(posting.account(), posting.amountCents(), Math::addExact);
                total = Math.addExact(total, posting.amountCents());
            }
        }
        if (total != 0) {
            discrepancies.add("All postings together sum to " + total + " cents, not zero");
        }
        Set<Account> accounts = accounts();
        posted.forEach((account, sum) -> {
            if (!accounts.contains(account)) {
                discrepancies.add("Account " + account.key() + " is not in the ledger's accounts, yet it has a balance or postings");
            } else if (state.book.balanceOf(account) != sum) {
                discrepancies.add("Account " + account.key() + " stores a balance of " + state.book.balanceOf(account)
                        + " cents but its postings sum to " + sum + " cents");
            }
        });
        return new LedgerCheck(discrepancies.isEmpty(), accounts.size(), state.transfers.size(), discrepancies);
    }

    @Override
    public PlatformBalances platformBalances() {
        return new PlatformBalances(state.book.balanceOf(Account.ESCROW), state.book.balanceOf(Account.REVENUE),
                state.book.balanceOf(Account.WITHDRAWALS_PENDING), state.book.balanceOf(Account.STRIPE_CLEARING));
    }

    @Override
    public Page<PostedTransfer> transfers(PageRequest page) {
        return Pages.of(state.transfers.stream().map(transfer -> new PostedTransfer(transfer.id(), transfer.type(),
                transfer.createdAt(), transfer.postings())), NEWEST_FIRST, page);
    }

    /** Every wallet that was opened, and the four platform accounts, which always exist. */
    private Set<Account> accounts() {
        Set<Account> accounts = new LinkedHashSet<>();
        for (AccountKind kind : AccountKind.values()) {
            if (kind.isPlatform()) {
                accounts.add(new Account(kind, null));
            }
        }
        state.walletsByUser.keySet().forEach(userId -> accounts.add(Account.wallet(userId)));
        return accounts;
    }
}
