package com.jobsphere.application.auth;

import com.jobsphere.application.common.Inputs;
import com.jobsphere.application.port.Ids;
import com.jobsphere.application.port.PasswordHasher;
import com.jobsphere.application.port.Tokens;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.common.ValidationFailed;
import com.jobsphere.domain.common.WireNames;
import com.jobsphere.domain.user.Email;
import com.jobsphere.domain.user.Role;
import com.jobsphere.domain.user.User;
import com.jobsphere.domain.wallet.Wallet;
import java.time.Clock;
import java.time.Instant;

/** Registers a customer or contractor, opens their wallet and signs them in, in one transaction. */
public final class RegisterUser {
    private final Transactions transactions;
    private final PasswordHasher hasher;
    private final Sessions sessions;
    private final Ids ids;
    private final Clock clock;

    public RegisterUser(Transactions transactions, PasswordHasher hasher, Tokens tokens, Ids ids, Clock clock) {
        this.transactions = transactions;
        this.hasher = hasher;
        this.sessions = new Sessions(tokens, ids);
        this.ids = ids;
        this.clock = clock;
    }

    public record Command(String email, String password, String name, String role) {
    }

    public AuthResult execute(Command command) {
        Email email = new Email(command.email());
        String name = Inputs.text(command.name(), "name", 1, 100);
        Role role = WireNames.parse(Role.class, command.role())
                .filter(r -> r != Role.ADMIN)
                .orElseThrow(() -> new ValidationFailed("role", "Role must be customer or contractor"));
        // Hashing is deliberately slow, so it happens before the transaction opens.
        String passwordHash = hasher.hash(Passwords.check(command.password()));
        Instant now = clock.instant();
        User user = new User(new UserId(ids.next()), email, name, role, passwordHash, now);
        return transactions.run(stores -> {
            stores.users().add(user);
            stores.wallets().open(Wallet.open(ids.next(), user.id(), now));
            return new AuthResult(user, sessions.startFamily(stores, user, now));
        });
    }
}
