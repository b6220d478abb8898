package com.jobsphere.application.auth;

import com.jobsphere.application.port.Ids;
import com.jobsphere.application.port.LoginAttempts;
import com.jobsphere.application.port.PasswordHasher;
import com.jobsphere.application.port.Tokens;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.domain.common.TooManyRequests;
import com.jobsphere.domain.common.Unauthenticated;
import com.jobsphere.domain.common.ValidationFailed;
import com.jobsphere.domain.user.Email;
import com.jobsphere.domain.user.User;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Signs a user in. A wrong email and a wrong password get the same answer in about the same time,
 * so the response does not reveal which emails are registered.
 *
 * <p>Guessing is throttled (CONTRACT.md §13): every attempt is counted, in the database, before the password is
 * checked, and a success clears its email's count. Beyond {@link #LIMITS} for the email or for the client's
 * address, the answer is 429 with the time to wait, even for the right password, and Argon2 never runs.
 */
public final class LogIn {
    static final String INVALID_CREDENTIALS = "Invalid email or password";
    static final String TOO_MANY_ATTEMPTS = "Too many login attempts, try again later";
    /** At most 10 failed logins per email and 100 per client address in any 15 minutes. */
    public static final LoginAttempts.Limits LIMITS = new LoginAttempts.Limits(10, 100, Duration.ofMinutes(15));

    private static final int MAXIMUM_COUNTED_LENGTH = 254;

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

    /** {@code clientAddress} is who is asking, as the HTTP adapter determines it (the socket's, or a trusted proxy's). */
    public record Command(String email, String password, String clientAddress) {
    }

    /** The email as counted: as the {@link Email} keeps it, whether valid or not, and never longer than one can be. */
    private static String countedEmail(String email) {
        String normalized = email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
        return normalized.length() > MAXIMUM_COUNTED_LENGTH ? normalized.substring(0, MAXIMUM_COUNTED_LENGTH) : normalized;
    }

    public AuthResult execute(Command command) {
        String counted = countedEmail(command.email());
        String address = command.clientAddress() == null ? "unknown" : command.clientAddress();
        transactions.run(stores -> stores.loginAttempts().count(counted, address, clock.instant(), LIMITS))
                .ifPresent(wait -> {
                    throw new TooManyRequests(TOO_MANY_ATTEMPTS, wait);
                });
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
        return transactions.run(stores -> {
            stores.loginAttempts().clear(counted);
            return new AuthResult(user.get(), sessions.startFamily(stores, user.get(), now));
        });
    }
}
