package com.jobsphere.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.domain.common.NotificationId;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.testdata.Times;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NoticeTest {
    private static final NotificationId ID = new NotificationId("0123456789abcdef01234567");
    private static final UserId USER = new UserId("user-1");

    @Test
    void aNoticeKeepsItsDataInOrderAndItsOwnCopy() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("depositId", "d-1");
        data.put("amount", "1.00");
        Notice notice = notice("Deposit received", data);

        data.put("extra", "x");

        assertThat(notice.data()).containsExactly(Map.entry("depositId", "d-1"), Map.entry("amount", "1.00"));
        assertThatThrownBy(() -> notice.data().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void dataKeysThatFcmKeepsForItselfOrThatThePushAddsAreRefused() {
        for (String reserved : new String[] {"type", "from", "notification", "message_type", "google.sent_time",
                "gcm.x", "Type", ""}) {
            assertThatThrownBy(() -> notice("t", Map.of(reserved, "v"))).as(reserved)
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void aNullValueABlankOrOverlongTitleOrBodyCannotExist() {
        Map<String, String> nullValue = new HashMap<>();
        nullValue.put("amount", null);
        assertThatThrownBy(() -> notice("t", nullValue)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> notice(" ", Map.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> notice("x".repeat(Notice.MOST_TITLE_CHARS + 1), Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Notice(ID, USER, NotificationType.DEPOSIT_COMPLETED, "t",
                "x".repeat(Notice.MOST_BODY_CHARS + 1), Map.of(), Times.NOW)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thePushCarriesTheTypeFirstThenTheData() {
        Notice notice = notice("t", Map.of("withdrawalId", "w-1"));

        assertThat(notice.pushData()).containsExactly(Map.entry("type", "deposit_completed"),
                Map.entry("withdrawalId", "w-1"));
    }

    private static Notice notice(String title, Map<String, String> data) {
        return new Notice(ID, USER, NotificationType.DEPOSIT_COMPLETED, title, "body", data, Times.NOW);
    }
}
