package com.jobsphere.domain.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.jobsphere.domain.common.ApplicationId;
import com.jobsphere.domain.common.CompletionRequestId;
import com.jobsphere.domain.common.DepositId;
import com.jobsphere.domain.common.JobId;
import com.jobsphere.domain.common.OfferId;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.job.Deal;
import com.jobsphere.domain.job.Decision;
import com.jobsphere.domain.job.Job;
import com.jobsphere.domain.job.JobApplication;
import com.jobsphere.domain.money.FeeSchedule;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.testdata.Deposits;
import com.jobsphere.domain.testdata.Times;
import com.jobsphere.domain.testdata.Withdrawals;
import com.jobsphere.domain.user.Caller;
import com.jobsphere.domain.user.Role;
import com.jobsphere.domain.wallet.Deposit;
import com.jobsphere.domain.wallet.DepositStatus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which change tells whom what: every type of CONTRACT.md §15 from the change that causes it, and nothing else. */
class NoticesTest {
    private static final Caller CUSTOMER = new Caller(new UserId("customer-1"), Role.CUSTOMER);
    private static final Caller CONTRACTOR = new Caller(new UserId("contractor-1"), Role.CONTRACTOR);
    private static final Caller ADMIN = new Caller(new UserId("admin-1"), Role.ADMIN);
    private static final JobId JOB = new JobId("job-1");
    private static final ApplicationId APPLICATION = new ApplicationId("application-1");
    private static final OfferId OFFER = new OfferId("offer-1");
    /** Free text a user typed, which no notification may repeat. */
    private static final String PERSONAL = "call John on 555-0100 or john@example.com";

    @Test
    void aSentOfferTellsTheContractorItsAmount() {
        Notice notice = single(sent());

        assertThat(notice.type()).isEqualTo(NotificationType.OFFER_RECEIVED);
        assertThat(notice.recipient()).isEqualTo(CONTRACTOR.userId());
        assertThat(notice.data()).containsExactly(Map.entry("offerId", "offer-1"), Map.entry("jobId", "job-1"),
                Map.entry("amount", "100.00"));
        assertThat(notice.title()).isEqualTo("New offer");
        assertThat(notice.body()).isEqualTo("You received an offer of $100.");
        assertThat(notice.createdAt()).isEqualTo(Times.NOW);
    }

    @Test
    void anAcceptedOfferTellsTheCustomerWhatIsHeldFromTheirWallet() {
        Notice notice = single(accepted());

        assertThat(notice.type()).isEqualTo(NotificationType.OFFER_ACCEPTED);
        assertThat(notice.recipient()).isEqualTo(CUSTOMER.userId());
        assertThat(notice.data()).containsExactly(Map.entry("offerId", "offer-1"), Map.entry("jobId", "job-1"));
        assertThat(notice.body()).isEqualTo("Your offer of $100 was accepted. $105 is held until the job is done.");
        assertThat(notice.createdAt()).isEqualTo(Times.minutesLater(1));
    }

    @Test
    void aRejectedPendingOfferTellsTheCustomerAndRefundsNothing() {
        Decision rejected = sent().deal().rejectOffer(CONTRACTOR, OFFER, PERSONAL, "t-2", Times.minutesLater(1));

        Notice notice = single(rejected);
        assertThat(notice.type()).isEqualTo(NotificationType.OFFER_REJECTED);
        assertThat(notice.recipient()).isEqualTo(CUSTOMER.userId());
        assertThat(notice.data()).containsExactly(Map.entry("offerId", "offer-1"), Map.entry("jobId", "job-1"));
        assertThat(notice.body()).isEqualTo("Your offer of $100 was declined.");
    }

    @Test
    void aRejectedAcceptedOfferAlsoRefundsTheTotalChargeNamingTheOffer() {
        Decision rejected = accepted().deal().rejectOffer(CONTRACTOR, OFFER, PERSONAL, "t-2", Times.minutesLater(2));

        List<Notice> notices = Notices.of(rejected);
        assertThat(notices).extracting(Notice::type)
                .containsExactly(NotificationType.OFFER_REJECTED, NotificationType.REFUND_ISSUED);
        Notice refund = notices.get(1);
        assertThat(refund.recipient()).isEqualTo(CUSTOMER.userId());
        assertThat(refund.data()).containsExactly(Map.entry("offerId", "offer-1"), Map.entry("amount", "105.00"));
        assertThat(refund.body()).isEqualTo("$105 was returned to your wallet.");
    }

    @Test
    void aCancelledJobWithMoneyInEscrowRefundsTheCustomerNamingTheJob() {
        Decision cancelled = accepted().deal().cancel(CUSTOMER, PERSONAL, "t-2", Times.minutesLater(2));

        Notice refund = single(cancelled);
        assertThat(refund.type()).isEqualTo(NotificationType.REFUND_ISSUED);
        assertThat(refund.recipient()).isEqualTo(CUSTOMER.userId());
        assertThat(refund.data()).containsExactly(Map.entry("jobId", "job-1"), Map.entry("amount", "105.00"));
    }

    @Test
    void anApprovedCompletionTellsTheContractorTheirPayout() {
        Deal inProgress = accepted().deal().start(CONTRACTOR, Times.minutesLater(2)).deal();
        Decision requested = inProgress.requestCompletion(CUSTOMER, new CompletionRequestId("request-1"),
                Times.minutesLater(3));
        Decision approved = requested.deal().approveCompletion(ADMIN, new CompletionRequestId("request-1"), "t-3",
                Times.minutesLater(4));

        assertThat(Notices.of(requested)).isEmpty();
        Notice payout = single(approved);
        assertThat(payout.type()).isEqualTo(NotificationType.PAYOUT_RECEIVED);
        assertThat(payout.recipient()).isEqualTo(CONTRACTOR.userId());
        assertThat(payout.data()).containsExactly(Map.entry("jobId", "job-1"), Map.entry("amount", "80.00"));
        assertThat(payout.body()).isEqualTo("$80 for a completed job was added to your wallet.");
        assertThat(payout.createdAt()).isEqualTo(Times.minutesLater(4));
    }

    @Test
    void decisionsThatMoveNoMoneyToAUserAndAnswerNoOfferTellNobody() {
        Deal open = openDeal();
        Decision applied = open.apply(new Caller(new UserId("contractor-2"), Role.CONTRACTOR),
                new ApplicationId("application-2"), PERSONAL, Times.NOW);
        Decision cancelledWithPendingOffer = sent().deal().cancel(CUSTOMER, null, "t-2", Times.minutesLater(1));
        Decision expired = sent().deal().expireOffer(Times.NOW.plus(Duration.ofDays(8)));
        Decision started = accepted().deal().start(CONTRACTOR, Times.minutesLater(2));

        assertThat(Notices.of(applied)).isEmpty();
        assertThat(Notices.of(cancelledWithPendingOffer)).isEmpty();
        assertThat(Notices.of(expired)).isEmpty();
        assertThat(Notices.of(started)).isEmpty();
    }

    @Test
    void aCreditedDepositTellsThePayer() {
        Deposit credited = Deposits.pendingDeposit().withSession("cs_1").moveTo(DepositStatus.COMPLETED,
                Times.minutesLater(1));

        Notice notice = Notices.of(credited).orElseThrow();
        assertThat(notice.type()).isEqualTo(NotificationType.DEPOSIT_COMPLETED);
        assertThat(notice.recipient()).isEqualTo(credited.userId());
        assertThat(notice.data()).containsExactly(Map.entry("depositId", "deposit-1"), Map.entry("amount", "200.00"));
        assertThat(notice.pushData()).containsExactly(Map.entry("type", "deposit_completed"),
                Map.entry("depositId", "deposit-1"), Map.entry("amount", "200.00"));
        assertThat(notice.body()).isEqualTo("$200 was added to your wallet.");
        assertThat(notice.createdAt()).isEqualTo(Times.minutesLater(1));
    }

    @Test
    void aDepositThatFailedAfterItsPayerGotACheckoutPageTellsThePayerAndNoOtherEndDoes() {
        Deposit withSession = Deposits.pendingDeposit().withSession("cs_1");

        Notice failed = Notices.of(withSession.moveTo(DepositStatus.FAILED, Times.minutesLater(1))).orElseThrow();
        assertThat(failed.type()).isEqualTo(NotificationType.DEPOSIT_FAILED);
        assertThat(failed.data()).containsExactly(Map.entry("depositId", "deposit-1"), Map.entry("amount", "200.00"));
        assertThat(Notices.of(Deposits.pendingDeposit().moveTo(DepositStatus.FAILED, Times.minutesLater(1)))).isEmpty();
        assertThat(Notices.of(withSession.moveTo(DepositStatus.CANCELLED, Times.minutesLater(1)))).isEmpty();
        assertThat(Notices.of(withSession)).isEmpty();
    }

    @Test
    void aWithdrawalThatEndedTellsTheContractorHowItEnded() {
        Notice completed = Notices.of(Withdrawals.processingWithdrawal().complete("tr_1", Times.minutesLater(1)))
                .orElseThrow();
        Notice failed = Notices.of(Withdrawals.processingWithdrawal().fail("bank closed", Times.minutesLater(1)))
                .orElseThrow();
        Notice rejected = Notices.of(Withdrawals.pendingWithdrawal().reject(PERSONAL, Times.minutesLater(1)))
                .orElseThrow();

        assertThat(List.of(completed, failed, rejected)).extracting(Notice::type).containsExactly(
                NotificationType.WITHDRAWAL_COMPLETED, NotificationType.WITHDRAWAL_FAILED,
                NotificationType.WITHDRAWAL_REJECTED);
        assertThat(List.of(completed, failed, rejected)).allSatisfy(notice -> {
            assertThat(notice.recipient()).isEqualTo(Withdrawals.pendingWithdrawal().userId());
            assertThat(notice.data()).containsExactly(Map.entry("withdrawalId", "withdrawal-1"),
                    Map.entry("amount", "50.00"));
            assertThat(notice.body()).contains("$50").doesNotContain("bank closed");
        });
        assertThat(Notices.of(Withdrawals.pendingWithdrawal())).isEmpty();
        assertThat(Notices.of(Withdrawals.processingWithdrawal())).isEmpty();
    }

    @Test
    void noNoticeRepeatsWhatAUserTypedOrNamesAnyone() {
        Deal assigned = accepted().deal();
        List<Notice> notices = new ArrayList<>(Notices.of(sent()));
        notices.addAll(Notices.of(accepted()));
        notices.addAll(Notices.of(assigned.rejectOffer(CONTRACTOR, OFFER, PERSONAL, "t-2", Times.minutesLater(2))));
        notices.addAll(Notices.of(assigned.cancel(CUSTOMER, PERSONAL, "t-2", Times.minutesLater(2))));

        assertThat(notices).hasSize(5).allSatisfy(notice -> assertThat(notice.title() + " " + notice.body()
                + " " + notice.data()).doesNotContain("John", "@", "555", "Kitchen", "tiles", "2 weeks"));
    }

    @Test
    void aNoticesIdIsDerivedFromItsTypeAndSubjectSoTheSameChangeAlwaysGetsTheSameId() {
        assertThat(single(sent()).id()).isEqualTo(single(sent()).id())
                .isEqualTo(Notices.idOf(NotificationType.OFFER_RECEIVED, OFFER));
        assertThat(Notices.idOf(NotificationType.OFFER_RECEIVED, OFFER))
                .isNotEqualTo(Notices.idOf(NotificationType.OFFER_ACCEPTED, OFFER))
                .isNotEqualTo(Notices.idOf(NotificationType.OFFER_RECEIVED, new OfferId("offer-2")));
        assertThat(Notices.idOf(NotificationType.DEPOSIT_COMPLETED, new DepositId("d")).value()).matches("[0-9a-f]{24}");
    }

    private static Notice single(Decision decision) {
        List<Notice> notices = Notices.of(decision);
        assertThat(notices).hasSize(1);
        return notices.get(0);
    }

    private static Deal openDeal() {
        Job job = Job.post(JOB, CUSTOMER.userId(), "Kitchen tiles", "Replace the cracked kitchen tiles",
                Money.dollars(150), null, null, Times.NOW);
        return Deal.of(job, List.of(JobApplication.submit(APPLICATION, JOB, CONTRACTOR.userId(), PERSONAL, Times.NOW)),
                List.of(), List.of(), new Deal.CustomerWallet(false, Money.dollars(500)));
    }

    private static Decision sent() {
        return openDeal().sendOffer(CUSTOMER, APPLICATION, OFFER, Money.dollars(100), FeeSchedule.STANDARD, "2 weeks",
                "Replace the kitchen tiles", Times.NOW);
    }

    private static Decision accepted() {
        return sent().deal().accept(CONTRACTOR, OFFER, "t-1", Times.minutesLater(1));
    }
}
