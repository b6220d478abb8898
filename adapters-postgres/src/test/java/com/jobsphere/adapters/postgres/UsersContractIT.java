package com.jobsphere.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.application.port.Stores;
import com.jobsphere.application.port.UserAccount;
import com.jobsphere.domain.common.FieldError;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.common.ValidationFailed;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.user.Email;
import com.jobsphere.domain.user.Role;
import com.jobsphere.domain.user.User;
import com.jobsphere.domain.wallet.Wallet;
import java.util.List;
import java.util.function.Function;

class UsersContractIT {
    @ContractTest
    void aUserIsFoundByIdAndByEmailWrittenInAnyCase(Backend backend) {
        User user = Seed.user("ada", Role.CUSTOMER);
        backend.run(stores -> stores.users().add(user));

        backend.run(stores -> {
            assertThat(stores.users().byId(new UserId("ada"))).contains(user);
            assertThat(stores.users().byEmail(new Email("ADA@Example.TEST"))).contains(user);
            assertThat(stores.users().byId(new UserId("nobody"))).isEmpty();
            assertThat(stores.users().exists(new UserId("ada"))).isTrue();
            assertThat(stores.users().exists(new UserId("nobody"))).isFalse();
            assertThat(stores.users().byEmail(new Email("nobody@example.test"))).isEmpty();
        });
    }

    @ContractTest
    void aPasswordHashCanBeReplaced(Backend backend) {
        backend.run(stores -> stores.users().add(Seed.user("ada", Role.CUSTOMER)));

        backend.run(stores -> stores.users().changePasswordHash(new UserId("ada"), "new-hash"));

        backend.run(stores -> assertThat(stores.users().byId(new UserId("ada")).orElseThrow().passwordHash())
                .isEqualTo("new-hash"));
    }

    @ContractTest
    void aSecondUserWithTheSameEmailIsRefusedOnTheEmailField(Backend backend) {
        backend.run(stores -> stores.users().add(Seed.user("ada", Role.CUSTOMER)));
        User twin = new User(new UserId("ada-again"), new Email("Ada@example.test"), "Ada", Role.CONTRACTOR, "hash", Seed.T0);

        assertThatThrownBy(() -> backend.run(stores -> stores.users().add(twin)))
                .isInstanceOfSatisfying(ValidationFailed.class, refusal -> assertThat(refusal.errors())
                        .containsExactly(new FieldError("email", "Email is already registered")));
        backend.run(stores -> assertThat(stores.users().byId(new UserId("ada-again"))).isEmpty());
    }

    /** The refusal leaves the transaction usable, so a caller that handles it can still commit other work. */
    @ContractTest
    void aRefusedEmailDoesNotSpoilTheRestOfTheTransaction(Backend backend) {
        backend.run(stores -> stores.users().add(Seed.user("ada", Role.CUSTOMER)));

        backend.run(stores -> {
            assertThatThrownBy(() -> stores.users().add(Seed.user("ada", Role.CUSTOMER)))
                    .isInstanceOf(ValidationFailed.class);
            stores.users().add(Seed.user("grace", Role.CUSTOMER));
        });

        backend.run(stores -> assertThat(stores.users().byId(new UserId("grace"))).isPresent());
    }

    @ContractTest
    void theFirstUserWithARoleIsTheOldest(Backend backend) {
        backend.run(stores -> {
            stores.users().add(withCreation(Seed.user("second-admin", Role.ADMIN), 20));
            stores.users().add(withCreation(Seed.user("first-admin", Role.ADMIN), 10));
            stores.users().add(withCreation(Seed.user("older-customer", Role.CUSTOMER), 0));
        });

        backend.run(stores -> {
            assertThat(stores.users().firstWithRole(Role.ADMIN)).map(User::id).contains(new UserId("first-admin"));
            assertThat(stores.users().firstWithRole(Role.CONTRACTOR)).isEmpty();
        });
    }

    @ContractTest
    void usersAreListedNewestFirstWithTheirWalletAndItsBalance(Backend backend) {
        backend.run(stores -> {
            registered(stores, "ada", 10);
            registered(stores, "grace", 20);
            registered(stores, "linus", 30);
            stores.wallets().save(stores.wallets().lockByUser(new UserId("linus")).orElseThrow()
                    .freeze("Chargeback", Seed.at(40)));
            Seed.fund(stores, new UserId("grace"), 42_50, "deposit-1");
        });

        Page<UserAccount> first = list(backend, null, new PageRequest(1, 2));
        Page<UserAccount> second = list(backend, null, new PageRequest(2, 2));

        assertThat(first.items()).containsExactly(
                new UserAccount(withCreation(Seed.user("linus", Role.CONTRACTOR), 30),
                        wallet("linus", 30).freeze("Chargeback", Seed.at(40)), Money.ZERO),
                new UserAccount(withCreation(Seed.user("grace", Role.CONTRACTOR), 20), wallet("grace", 20),
                        Money.ofCents(42_50)));
        assertThat(second.items()).extracting(account -> account.user().id().value()).containsExactly("ada");
        assertThat(first.total()).isEqualTo(3);
        assertThat(second.total()).isEqualTo(3);
    }

    /** The search text is matched literally: like's wildcards and its escape character in it match only themselves. */
    @ContractTest
    void theEmailSearchFindsAPartOfTheEmailTakenLiterally(Backend backend) {
        backend.run(stores -> {
            for (String name : new String[] {"a_b", "axb", "fifty%off", "fiftyoff", "back\\slash", "backslash"}) {
                registered(stores, name, 0);
            }
        });
        Function<String, List<String>> found = text -> list(backend, text, new PageRequest(1, 20)).items().stream()
                .map(account -> account.user().id().value()).sorted().toList();

        assertThat(found.apply("a_b")).isEqualTo(List.of("a_b"));
        assertThat(found.apply("%")).isEqualTo(List.of("fifty%off"));
        assertThat(found.apply("\\")).isEqualTo(List.of("back\\slash"));
        assertThat(found.apply("off@example")).isEqualTo(List.of("fifty%off", "fiftyoff"));
        assertThat(found.apply("nobody")).isEqualTo(List.of());
        assertThat(list(backend, "off@", new PageRequest(1, 1)).total()).isEqualTo(2);
    }

    private static Page<UserAccount> list(Backend backend, String emailContains, PageRequest page) {
        return backend.unitOfWork().read(stores -> stores.users().list(emailContains, page));
    }

    /** A contractor created {@code seconds} after T0, with the wallet registration opens. */
    private static void registered(Stores stores, String id, int seconds) {
        User user = withCreation(Seed.user(id, Role.CONTRACTOR), seconds);
        stores.users().add(user);
        stores.wallets().open(wallet(id, seconds));
    }

    private static Wallet wallet(String userId, int seconds) {
        return Wallet.open("wallet-" + userId, new UserId(userId), Seed.at(seconds));
    }

    private static User withCreation(User user, int seconds) {
        return new User(user.id(), user.email(), user.name(), user.role(), user.passwordHash(), Seed.at(seconds));
    }
}
