package com.jobsphere.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.domain.common.FieldError;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.common.ValidationFailed;
import com.jobsphere.domain.user.Email;
import com.jobsphere.domain.user.Role;
import com.jobsphere.domain.user.User;

class UsersContractIT {
    @ContractTest
    void aUserIsFoundByIdAndByEmailWrittenInAnyCase(Backend backend) {
        User user = Seed.user("ada", Role.CUSTOMER);
        backend.run(stores -> stores.users().add(user));

        backend.run(stores -> {
            assertThat(stores.users().byId(new UserId("ada"))).contains(user);
            assertThat(stores.users().byEmail(new Email("ADA@Example.TEST"))).contains(user);
            assertThat(stores.users().byId(new UserId("nobody"))).isEmpty();
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

    private static User withCreation(User user, int seconds) {
        return new User(user.id(), user.email(), user.name(), user.role(), user.passwordHash(), Seed.at(seconds));
    }
}
