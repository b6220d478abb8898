package com.jobsphere.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.application.port.PageRequest;
import com.jobsphere.domain.common.FieldError;
import com.jobsphere.domain.common.ValidationFailed;
import com.jobsphere.domain.wallet.TransactionType;
import org.junit.jupiter.api.Test;

class QueriesTest {

    @Test
    void pageAndLimitDefaultTo1And20() {
        assertThat(Queries.parsePage(null, null)).isEqualTo(new PageRequest(1, 20));
        assertThat(Queries.parsePage("", "")).isEqualTo(new PageRequest(1, 20));
        assertThat(Queries.parsePage("3", "100")).isEqualTo(new PageRequest(3, 100));
        assertThat(Queries.parsePage("1", "1")).isEqualTo(new PageRequest(1, 1));
    }

    @Test
    void aBadPageOrLimitIsRefusedByName() {
        assertRefusedNaming("page", () -> Queries.parsePage("0", null));
        assertRefusedNaming("page", () -> Queries.parsePage("-1", null));
        assertRefusedNaming("page", () -> Queries.parsePage("two", null));
        assertRefusedNaming("page", () -> Queries.parsePage("99999999999", null));
        assertRefusedNaming("limit", () -> Queries.parsePage(null, "0"));
        assertRefusedNaming("limit", () -> Queries.parsePage(null, "101"));
        assertRefusedNaming("limit", () -> Queries.parsePage(null, "1.5"));
    }

    @Test
    void aFlagIsTrueOrFalseAndFalseWhenAbsentAnythingElseIsRefusedByName() {
        assertThat(Queries.parseFlag("true", "unread")).isTrue();
        assertThat(Queries.parseFlag("false", "unread")).isFalse();
        assertThat(Queries.parseFlag(null, "unread")).isFalse();
        assertThat(Queries.parseFlag("", "unread")).isFalse();
        assertRefusedNaming("unread", () -> Queries.parseFlag("yes", "unread"));
        assertRefusedNaming("unread", () -> Queries.parseFlag("TRUE", "unread"));
        assertRefusedNaming("unread", () -> Queries.parseFlag("1", "unread"));
    }

    @Test
    void theTypeFilterTakesTheReferenceNames() {
        assertThat(Queries.parseEnum("wallet_transfer", "type", TransactionType.class))
                .isEqualTo(TransactionType.WALLET_TRANSFER);
        assertThat(Queries.parseEnum("contractor_payout", "type", TransactionType.class))
                .isEqualTo(TransactionType.CONTRACTOR_PAYOUT);
        assertThat(Queries.parseEnum(null, "type", TransactionType.class)).isNull();
        assertThat(Queries.parseEnum("", "type", TransactionType.class)).isNull();
        assertRefusedNaming("type", () -> Queries.parseEnum("DEPOSIT", "type", TransactionType.class));
        assertRefusedNaming("type", () -> Queries.parseEnum("payout", "type", TransactionType.class));
    }

    private static void assertRefusedNaming(String field, Runnable parse) {
        assertThatThrownBy(parse::run).isInstanceOfSatisfying(ValidationFailed.class, refusal ->
                assertThat(refusal.errors()).extracting(FieldError::field).containsExactly(field));
    }
}
