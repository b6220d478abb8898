package com.jobsphere.domain.ledger;

import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.money.Money;
import java.util.HashMap;
import java.util.Map;

/**
 * Balances kept by applying transfers, with the ledger's one balance rule: a wallet never goes below
 * zero. A refused transfer changes nothing. The database enforces the same rule on its own rows.
 */
public final class Book {
    private final Map<Account, Long> balances = new HashMap<>();

    public long balanceOf(Account account) {
        return balances.getOrDefault(account, 0L);
    }

    /** Applies every posting or none; refuses with "Insufficient balance" if a wallet would go negative. */
    public void apply(Transfer transfer) {
        Map<Account, Long> after = new HashMap<>();
        for (Posting posting : transfer.postings()) {
            long current = after.getOrDefault(posting.account(), balanceOf(posting.account()));
            after.put(posting.account(), Math.addExact(current, posting.amountCents()));
        }
        for (Map.Entry<Account, Long> entry : after.entrySet()) {
            if (entry.getKey().isWallet() && entry.getValue() < 0) {
                // Required is what this transfer takes from the wallet, not what the wallet would need to hold.
                long required = Math.negateExact(transfer.netChangeOf(entry.getKey()));
                throw BusinessRuleViolated.insufficientBalance(
                        Money.ofCents(required), Money.ofCents(balanceOf(entry.getKey())));
            }
        }
        balances.putAll(after);
    }

    /** The sum of every balance; zero for any book built only from balanced transfers. */
    public long total() {
        long sum = 0;
        for (long balance : balances.values()) {
            sum = Math.addExact(sum, balance);
        }
        return sum;
    }

    public Map<Account, Long> snapshot() {
        return Map.copyOf(balances);
    }
}
