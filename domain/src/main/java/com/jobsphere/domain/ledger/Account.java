package com.jobsphere.domain.ledger;

import com.jobsphere.domain.common.UserId;
import java.util.Locale;
import java.util.Objects;

/**
 * A ledger account. Wallets belong to a user; platform accounts have no owner. Its {@link #key()}
 * is the stable identifier persistence uses.
 */
public record Account(AccountKind kind, String ownerId) {
    public static final Account ESCROW = new Account(AccountKind.ESCROW, null);
    public static final Account REVENUE = new Account(AccountKind.REVENUE, null);
    public static final Account WITHDRAWALS_PENDING = new Account(AccountKind.WITHDRAWALS_PENDING, null);
    public static final Account STRIPE_CLEARING = new Account(AccountKind.STRIPE_CLEARING, null);
    private static final String WALLET_PREFIX = "wallet:";
    private static final String PLATFORM_PREFIX = "platform:";

    public Account {
        Objects.requireNonNull(kind, "kind");
        if (kind.isPlatform() && ownerId != null) {
            throw new IllegalArgumentException("a platform account has no owner");
        }
        if (!kind.isPlatform() && (ownerId == null || ownerId.isBlank())) {
            throw new IllegalArgumentException("a wallet needs an owner");
        }
    }

    public static Account wallet(UserId userId) {
        return new Account(AccountKind.WALLET, userId.value());
    }

    public boolean isWallet() {
        return kind == AccountKind.WALLET;
    }

    /** {@code wallet:<userId>} or {@code platform:escrow}. */
    public String key() {
        return isWallet() ? WALLET_PREFIX + ownerId : PLATFORM_PREFIX + kind.name().toLowerCase(Locale.ROOT);
    }

    /** The account a {@link #key()} names; refuses a key no account has. */
    public static Account ofKey(String key) {
        Objects.requireNonNull(key, "key");
        if (key.startsWith(WALLET_PREFIX)) {
            return wallet(new UserId(key.substring(WALLET_PREFIX.length())));
        }
        for (AccountKind kind : AccountKind.values()) {
            if (kind.isPlatform() && key.equals(PLATFORM_PREFIX + kind.name().toLowerCase(Locale.ROOT))) {
                return new Account(kind, null);
            }
        }
        throw new IllegalArgumentException("no account has the key " + key);
    }
}
