package com.jobsphere.domain.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"wallet:user-1", "platform:escrow", "platform:revenue", "platform:withdrawals_pending",
            "platform:stripe_clearing"})
    void anAccountKeyReadsBackAsTheSameAccount(String key) {
        assertThat(Account.fromKey(key).key()).isEqualTo(key);
    }

    @Test
    void aWalletIsKeyedByItsOwner() {
        assertThat(Account.wallet("user-1").key()).isEqualTo("wallet:user-1");
        assertThat(Account.ESCROW.key()).isEqualTo("platform:escrow");
    }

    @Test
    void aWalletWithoutAnOwnerAndAPlatformAccountWithOneAreRefused() {
        assertThatThrownBy(() -> Account.wallet(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Account(AccountKind.WALLET, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Account(AccountKind.ESCROW, "user-1")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Account.fromKey("bank:1")).isInstanceOf(IllegalArgumentException.class);
    }
}
