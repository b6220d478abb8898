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

    @Test
    void everyAccountIsReadBackFromItsKey() {
        for (Account account : new Account[] {Account.wallet(new UserId("user-1")), Account.ESCROW, Account.REVENUE,
                Account.WITHDRAWALS_PENDING, Account.STRIPE_CLEARING}) {
            assertThat(Account.ofKey(account.key())).isEqualTo(account);
        }
    }

    @Test
    void aKeyNoAccountHasIsRefused() {
        for (String key : new String[] {"platform:wallet", "platform:", "escrow", "wallet:", "Platform:escrow"}) {
            assertThatThrownBy(() -> Account.ofKey(key)).as(key).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
