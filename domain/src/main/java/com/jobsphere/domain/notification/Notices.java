package com.jobsphere.domain.notification;

import com.jobsphere.domain.common.NotificationId;
import com.jobsphere.domain.common.TypedId;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.common.WireNames;
import com.jobsphere.domain.job.Decision;
import com.jobsphere.domain.job.Decision.Change;
import com.jobsphere.domain.job.Job;
import com.jobsphere.domain.job.JobStatus;
import com.jobsphere.domain.ledger.Account;
import com.jobsphere.domain.ledger.Subject;
import com.jobsphere.domain.ledger.Transfer;
import com.jobsphere.domain.ledger.TransferType;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.offer.Offer;
import com.jobsphere.domain.wallet.Deposit;
import com.jobsphere.domain.wallet.DepositStatus;
import com.jobsphere.domain.wallet.Withdrawal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The notification of every flow (CONTRACT.md §15), written once, as {@link com.jobsphere.domain.ledger.Transfers}
 * writes the money of every flow. Each is read off the change it reports, so a flow raises it simply by recording
 * that change:
 * <ul>
 * <li>a deal's {@link Decision}: an offer sent, accepted or rejected, the money an approved completion pays the
 * contractor, and the money a rejection or a cancellation refunds;</li>
 * <li>a deposit that ended: credited, or failed after its payer was given a Checkout page;</li>
 * <li>a withdrawal that ended: paid out, failed at the provider, or rejected by an admin.</li>
 * </ul>
 * A notice's id is derived from its type and the id of what it reports, so the same change can never be notified
 * twice: a second one collides on the feed's primary key, as a second credit of a deposit collides on its
 * transfer's id. Its time is the time of the change.
 *
 * <p>The words are short and plain, and name only the recipient's own amounts, written as the app's messages
 * write money ({@code $105}, {@code $52.50}): no names, emails or free text anyone typed, because a push is
 * shown on a lock screen and passes through Google and Apple.
 */
public final class Notices {
    private static final int ID_BYTES = 12;
    private static final HexFormat HEX = HexFormat.of();

    private Notices() {
    }

    /** What a deal's decision tells its parties, in the order of its changes, the money last. */
    public static List<Notice> of(Decision decision) {
        List<Notice> notices = new ArrayList<>();
        for (Change change : decision.changes()) {
            if (change instanceof Change.OfferAdded added) {
                notices.add(offerReceived(added.offer()));
            } else if (change instanceof Change.OfferChanged changed) {
                offerAnswered(changed.offer()).ifPresent(notices::add);
            }
        }
        decision.transfer().flatMap(transfer -> moneyMoved(decision, transfer)).ifPresent(notices::add);
        return List.copyOf(notices);
    }

    /** What a deposit that left {@code pending} tells its payer, if anything. */
    public static Optional<Notice> of(Deposit ended) {
        String amount = ended.amount().toDisplayString();
        Map<String, String> data = data("depositId", ended.id().value(), "amount", ended.amount().toPlainString());
        if (ended.status() == DepositStatus.COMPLETED) {
            return Optional.of(notice(NotificationType.DEPOSIT_COMPLETED, ended.id(), ended.userId(), "Deposit received",
                    amount + " was added to your wallet.", data, ended.completedAt()));
        }
        // A deposit that never got a Checkout Session was refused to its payer there and then; one cancelled on
        // the Checkout page was the payer's own doing. Only a payment that failed or expired is news.
        if (ended.status() == DepositStatus.FAILED && ended.sessionId() != null) {
            return Optional.of(notice(NotificationType.DEPOSIT_FAILED, ended.id(), ended.userId(), "Deposit failed",
                    "Your deposit of " + amount + " did not go through, so nothing was added to your wallet.", data,
                    ended.completedAt()));
        }
        return Optional.empty();
    }

    /** What a withdrawal that ended tells the contractor, if it ended; nothing while it is pending or processing. */
    public static Optional<Notice> of(Withdrawal ended) {
        String amount = ended.amount().toDisplayString();
        Map<String, String> data = data("withdrawalId", ended.id().value(), "amount", ended.amount().toPlainString());
        return switch (ended.status()) {
            case COMPLETED -> Optional.of(notice(NotificationType.WITHDRAWAL_COMPLETED, ended.id(), ended.userId(),
                    "Withdrawal sent", amount + " is on its way to your bank account.", data, ended.processedAt()));
            case FAILED -> Optional.of(notice(NotificationType.WITHDRAWAL_FAILED, ended.id(), ended.userId(),
                    "Withdrawal failed", "Your withdrawal of " + amount
                            + " could not be sent. The money is back in your wallet.", data, ended.processedAt()));
            case REJECTED -> Optional.of(notice(NotificationType.WITHDRAWAL_REJECTED, ended.id(), ended.userId(),
                    "Withdrawal declined", "Your withdrawal of " + amount
                            + " was declined. The money is back in your wallet.", data, ended.processedAt()));
            case PENDING, PROCESSING -> Optional.empty();
        };
    }

    /**
     * The id of the notification of type {@code type} about {@code subject}: 24 hex characters, like every other
     * id, from SHA-256 over the two. The same pair always gives the same id.
     */
    public static NotificationId idOf(NotificationType type, TypedId subject) {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
        byte[] hash = digest.digest((WireNames.of(type) + ":" + subject.value()).getBytes(StandardCharsets.UTF_8));
        return new NotificationId(HEX.formatHex(Arrays.copyOf(hash, ID_BYTES)));
    }

    private static Notice offerReceived(Offer offer) {
        return notice(NotificationType.OFFER_RECEIVED, offer.id(), offer.contractorId(), "New offer",
                "You received an offer of " + offer.amount().toDisplayString() + ".",
                data("offerId", offer.id().value(), "jobId", offer.jobId().value(), "amount",
                        offer.amount().toPlainString()), offer.createdAt());
    }

    /** The customer hears when the contractor accepts or rejects; an offer that expires or is cancelled is not news. */
    private static Optional<Notice> offerAnswered(Offer offer) {
        Map<String, String> data = data("offerId", offer.id().value(), "jobId", offer.jobId().value());
        String amount = offer.amount().toDisplayString();
        return switch (offer.status()) {
            case ACCEPTED -> Optional.of(notice(NotificationType.OFFER_ACCEPTED, offer.id(), offer.customerId(),
                    "Offer accepted", "Your offer of " + amount + " was accepted. "
                            + offer.fees().totalCharge().toDisplayString() + " is held until the job is done.", data,
                    offer.acceptedAt()));
            case REJECTED -> Optional.of(notice(NotificationType.OFFER_REJECTED, offer.id(), offer.customerId(),
                    "Offer declined", "Your offer of " + amount + " was declined.", data, offer.rejectedAt()));
            case PENDING, EXPIRED, CANCELLED -> Optional.empty();
        };
    }

    /**
     * Money a decision paid into a party's wallet: a completion's payout to the contractor, or the refund of an
     * accepted offer's total charge to the customer, which names the job when the job was cancelled and the offer
     * when the offer was rejected. The amount is what the transfer put in the wallet.
     */
    private static Optional<Notice> moneyMoved(Decision decision, Transfer transfer) {
        Job job = decision.deal().job();
        if (transfer.type() == TransferType.COMPLETION_APPROVED) {
            Money payout = credited(transfer, job.contractorId());
            return Optional.of(notice(NotificationType.PAYOUT_RECEIVED, job.id(), job.contractorId(),
                    "Payment received", payout.toDisplayString() + " for a completed job was added to your wallet.",
                    data("jobId", job.id().value(), "amount", payout.toPlainString()), transfer.createdAt()));
        }
        if (transfer.type() == TransferType.OFFER_REFUNDED && transfer.subject() instanceof Subject.Offer refunded) {
            Money refund = credited(transfer, job.customerId());
            boolean cancelled = job.status() == JobStatus.CANCELLED;
            TypedId subject = cancelled ? refunded.jobId() : refunded.offerId();
            return Optional.of(notice(NotificationType.REFUND_ISSUED, subject, job.customerId(), "Refund issued",
                    refund.toDisplayString() + " was returned to your wallet.",
                    data(cancelled ? "jobId" : "offerId", subject.value(), "amount", refund.toPlainString()),
                    transfer.createdAt()));
        }
        return Optional.empty();
    }

    private static Money credited(Transfer transfer, UserId userId) {
        return Money.ofCents(transfer.netChangeOf(Account.wallet(userId)));
    }

    private static Notice notice(NotificationType type, TypedId subject, UserId recipient, String title, String body,
            Map<String, String> data, Instant at) {
        return new Notice(idOf(type, subject), recipient, type, title, body, data, at);
    }

    private static Map<String, String> data(String... pairs) {
        Map<String, String> data = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            data.put(pairs[i], pairs[i + 1]);
        }
        return data;
    }
}
