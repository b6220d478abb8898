package com.jobsphere.application.port;

import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.user.User;
import com.jobsphere.domain.wallet.Wallet;
import java.util.Objects;

/** A user as the operators' console lists them: the user, their wallet's frozen state and its balance. */
public record UserAccount(User user, Wallet wallet, Money balance) {
    public UserAccount {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(wallet, "wallet");
        Objects.requireNonNull(balance, "balance");
    }
}
