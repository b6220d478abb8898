package com.jobsphere.application.port;

import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.wallet.Wallet;
import java.util.Optional;

/** Users' wallets: identity and frozen state. Balances are the ledger's. */
public interface Wallets {
    /** Opens the wallet and its ledger account with a zero balance. One wallet per user, enforced by the store. */
    void open(Wallet wallet);

    Optional<Wallet> byUser(UserId userId);

    /**
     * Locks the user's wallet row for the rest of the transaction and returns it. Callers that lock
     * several wallets lock them in ascending user-id order.
     */
    Optional<Wallet> lockByUser(UserId userId);

    /** Saves the frozen state. */
    void save(Wallet wallet);

    /**
     * The wallet with its balance and totals, as {@code GET /api/wallet} shows it. A wallet belongs to an existing
     * user: the store refuses a wallet without its user and a user removed before their wallet, so a summary found
     * proves its user exists.
     */
    Optional<WalletSummary> summary(UserId userId);
}
