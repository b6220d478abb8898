package com.jobsphere.domain.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.testdata.Times;
import org.junit.jupiter.api.Test;

class WalletTest {
    private static final Wallet OPEN = Wallet.open("wallet-1", new UserId("user-1"), Times.NOW);

    @Test
    void aNewWalletIsNotFrozen() {
        assertThat(OPEN.frozen()).isFalse();
        OPEN.requireNotFrozen();
    }

    @Test
    void aFrozenWalletIsRefusedWithAMessageSayingFrozen() {
        Wallet frozen = OPEN.freeze("chargeback", Times.minutesLater(1));

        assertThat(frozen.frozenReason()).isEqualTo("chargeback");
        assertThatThrownBy(frozen::requireNotFrozen).isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("frozen");
    }

    @Test
    void unfreezingClearsTheReason() {
        Wallet wallet = OPEN.freeze("chargeback", Times.minutesLater(1)).unfreeze(Times.minutesLater(2));

        assertThat(wallet.frozen()).isFalse();
        assertThat(wallet.frozenReason()).isNull();
        assertThat(wallet.updatedAt()).isEqualTo(Times.minutesLater(2));
    }
}
