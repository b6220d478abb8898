package com.jobsphere.application.auth;

import com.jobsphere.application.port.Ids;
import com.jobsphere.application.port.PasswordHasher;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.user.Email;
import com.jobsphere.domain.user.Role;
import com.jobsphere.domain.user.User;
import com.jobsphere.domain.wallet.Wallet;
import java.time.Clock;
import java.time.Instant;

/** Creates the platform admin from configuration at start-up, if absent. Admins never come from the API. */
public final class EnsurePlatformAdmin {
    private final Transactions transactions;
    private final PasswordHasher hasher;
    private final Ids ids;
    private final Clock clock;

    public EnsurePlatformAdmin(Transactions transactions, PasswordHasher hasher, Ids ids, Clock clock) {
        this.transactions = transactions;
        this.hasher = hasher;
        this.ids = ids;
        this.clock = clock;
    }

    /** Returns the admin with this email, creating it (with a wallet) if it does not exist. */
    public User execute(String email, String password) {
        Email address = new Email(email);
        return transactions.run(stores -> stores.users().byEmail(address).orElseGet(() -> {
            Instant now = clock.instant();
            User admin = new User(new UserId(ids.next()), address, "Admin", Role.ADMIN, hasher.hash(Passwords.check(password)), now);
            stores.users().add(admin);
            stores.wallets().open(Wallet.open(ids.next(), admin.id(), now));
            return admin;
        }));
    }
}
