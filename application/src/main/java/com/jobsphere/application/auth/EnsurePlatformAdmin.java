package com.jobsphere.application.auth;

import com.jobsphere.application.common.Transactions;
import com.jobsphere.application.port.Ids;
import com.jobsphere.application.port.PasswordHasher;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.user.Email;
import com.jobsphere.domain.user.Role;
import com.jobsphere.domain.user.User;
import com.jobsphere.domain.wallet.Wallet;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The platform admin, from configuration, at start-up (CONTRACT.md §13). Admins never come from the API.
 * <ul>
 * <li>No user has the email: the admin is created, with the configured password, or else a generated one.</li>
 * <li>The admin exists: a configured password that no longer matches replaces the stored one (the configuration
 * wins); without one, the stored password stays.</li>
 * <li>A customer or contractor has the email: start-up is refused. Turning a user into the platform would show
 * them everyone's escrow in their history.</li>
 * </ul>
 */
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

    /** {@code password} is ADMIN_PASSWORD if set; {@code generated} makes one, called only if the admin is created. */
    public record Command(String email, Optional<String> password, Supplier<String> generated) {
        public Command {
            Objects.requireNonNull(email, "email");
            Objects.requireNonNull(password, "password");
            Objects.requireNonNull(generated, "generated");
        }
    }

    /** What start-up found and did. {@code generatedPassword} is set only when the admin was created with one. */
    public record Result(User admin, Outcome outcome, Optional<String> generatedPassword) {
    }

    public enum Outcome { CREATED, PASSWORD_UPDATED, UNCHANGED }

    /** Refused start-up: the configured email belongs to a user who is not an admin. */
    public static final class EmailTaken extends RuntimeException {
        private static final long serialVersionUID = 1L;

        EmailTaken(Email email, Role role) {
            super("ADMIN_EMAIL " + email + " belongs to an existing " + role.name().toLowerCase(java.util.Locale.ROOT)
                    + " account; choose an email no user has for the platform admin");
        }
    }

    public Result execute(Command command) {
        Email email = new Email(command.email());
        command.password().ifPresent(Passwords::check);
        Optional<User> existing = transactions.read(stores -> stores.users().byEmail(email));
        if (existing.isPresent()) {
            User user = existing.get();
            if (user.role() != Role.ADMIN) {
                throw new EmailTaken(email, user.role());
            }
            if (command.password().isEmpty() || hasher.matches(command.password().get(), user.passwordHash())) {
                return new Result(user, Outcome.UNCHANGED, Optional.empty());
            }
            String hash = hasher.hash(command.password().get());
            transactions.run(stores -> {
                stores.users().changePasswordHash(user.id(), hash);
                return null;
            });
            return new Result(user, Outcome.PASSWORD_UPDATED, Optional.empty());
        }
        Optional<String> generated = command.password().isPresent() ? Optional.empty()
                : Optional.of(command.generated().get());
        String hash = hasher.hash(Passwords.check(command.password().orElseGet(generated::get)));
        Instant now = clock.instant();
        User admin = transactions.run(stores -> {
            User created = new User(new UserId(ids.next()), email, "Admin", Role.ADMIN, hash, now);
            stores.users().add(created);
            stores.wallets().open(Wallet.open(ids.next(), created.id(), now));
            return created;
        });
        return new Result(admin, Outcome.CREATED, generated);
    }
}
