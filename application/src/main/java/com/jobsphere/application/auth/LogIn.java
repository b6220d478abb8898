package com.jobsphere.application.auth;

import com.jobsphere.application.port.Ids;
import com.jobsphere.application.port.PasswordHasher;
import com.jobsphere.application.port.Tokens;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.domain.common.Unauthenticated;
import com.jobsphere.domain.common.ValidationFailed;
import com.jobsphere.domain.user.Email;
import com.jobsphere.domain.user.User;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Signs a user in. A wrong email and a wrong password get the same answer in about the same time,
 * so the response does not reveal which emails are registered.
 */
public final class LogIn {
    static final String INVALID_CREDENTIALS = "Invalid email or password";

    private final Transactions transactions;
    private final PasswordHasher hasher;
    private final Sessions sessions;
    private final Clock clock;
    private final String decoyHash;

    public LogIn(Transactions transactions, PasswordHasher hasher, Tokens tokens, Ids ids, Clock clock) {
        this.transactions = transactions;
        this.hasher = hasher;
        this.sessions = new Sessions(tokens, ids);
        this.clock = clock;
        this.decoyHash = hasher.hash("decoy-password-for-unknown-emails");
    }

    public record Command(String email, String password) {
    }

    public AuthResult execute(Command command) {
        Email email;
        try {
            email = new Email(command.email());
        } catch (ValidationFailed e) {
            throw new Unauthenticated(INVALID_CREDENTIALS);
        }
        String password = command.password() == null ? "" : command.password();
        Optional<User> user = transactions.read(stores -> stores.users().byEmail(email));
        boolean matches = hasher.matches(password, user.map(User::passwordHash).orElse(decoyHash));
        if (user.isEmpty() || !matches) {
            throw new Unauthenticated(INVALID_CREDENTIALS);
        }
        Instant now = clock.instant();
        return transactions.run(stores -> new AuthResult(user.get(), sessions.startFamily(stores, user.get(), now)));
    }
}
