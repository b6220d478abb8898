package com.jobsphere.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.domain.common.UserId;
import org.junit.jupiter.api.Test;

class AccountTest {

    @Test
    void aWalletIsKeyedByItsOwner() {
        assertThat(Account.wallet(new UserId("user-1")).key()).isEqualTo("wallet:user-1");
        assertThat(Account.ESCROW.key()).isEqualTo("platform:escrow");
    }

    @Test
    void aWalletWithoutAnOwnerAndAPlatformAccountWithOneAreRefused() {
        assertThatThrownBy(() -> Account.wallet(new UserId(" "))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Account(AccountKind.WALLET, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Account(AccountKind.ESCROW, "user-1")).isInstanceOf(IllegalArgumentException.class);
    }
}
