package com.jobsphere.application.port;

import com.jobsphere.domain.notification.Notice;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The pushes {@link Notifications#raise} queued, one per notification and device, and what became of each. Every
 * method runs in the caller's transaction; the dispatcher keeps those short and never sends inside one: it claims
 * (and commits), sends, then records the outcome in a transaction of its own.
 *
 * <p>A claim is a lease, not a lock held across the send: the push is hidden from other claims until the lease
 * ends. A dispatcher that dies holding it therefore delays the push by the lease, and then another claims it. A
 * dispatcher whose lease ran out before it recorded its outcome finds its claim gone and changes nothing.
 */
public interface PushOutbox {
    /**
     * Claims up to {@code limit} pending pushes due by {@code now}, the longest due first. Rows another transaction
     * is claiming are skipped rather than waited for, so that dispatchers on several instances share the work and
     * never take the same push. Each claimed push counts one more attempt and is not due again before
     * {@code leaseUntil}. {@code claim} names this claim in what is recorded next.
     */
    List<ClaimedPush> claim(String claim, Instant now, Instant leaseUntil, int limit);

    /** FCM accepted the push. False, and nothing changed, if the claim is no longer held. */
    boolean delivered(ClaimedPush push, String messageId, Instant now);

    /** The push is to be tried again from {@code dueAt}, for {@code reason}. False if the claim is no longer held. */
    boolean retryAt(ClaimedPush push, Instant dueAt, String reason, Instant now);

    /** The push is given up, for {@code reason}. False if the claim is no longer held. */
    boolean giveUp(ClaimedPush push, String reason, Instant now);

    /** When the soonest pending push is due (a claimed one when its lease ends), if any push is pending. */
    Optional<Instant> nextDue();

    /** Gives up at most {@code limit} pending pushes queued before {@code queuedBefore}; returns how many. */
    int expire(Instant queuedBefore, Instant now, int limit);

    /** Deletes at most {@code limit} delivered or given-up pushes last changed before {@code before}; returns how many. */
    int purge(Instant before, int limit);

    /**
     * One claimed push: the notification to send, the device to send it to, and which attempt this is (1 for the
     * first claim). {@code id} is the outbox row's key, meaningful only to the store that handed it out.
     */
    record ClaimedPush(long id, String claim, int attempt, String deviceToken, Notice notice) {
        public ClaimedPush {
            Objects.requireNonNull(claim, "claim");
            Objects.requireNonNull(deviceToken, "deviceToken");
            Objects.requireNonNull(notice, "notice");
        }

        /** The device token is left out, as it is of every log line. */
        @Override
        public String toString() {
            return "ClaimedPush[id=" + id + ", attempt=" + attempt + ", notification=" + notice.id() + " ("
                    + notice.type() + ")]";
        }
    }
}
