package com.jobsphere.domain.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.domain.common.ApplicationId;
import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.common.CompletionRequestId;
import com.jobsphere.domain.common.Forbidden;
import com.jobsphere.domain.common.JobId;
import com.jobsphere.domain.common.NotFound;
import com.jobsphere.domain.common.OfferId;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.job.Decision.Change;
import com.jobsphere.domain.ledger.Account;
import com.jobsphere.domain.ledger.Transfer;
import com.jobsphere.domain.ledger.TransferType;
import com.jobsphere.domain.money.FeeSchedule;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.offer.Offer;
import com.jobsphere.domain.offer.OfferStatus;
import com.jobsphere.domain.testdata.Times;
import com.jobsphere.domain.user.Caller;
import com.jobsphere.domain.user.Role;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every decision of a job's life, taken by the deal with the job locked: who may act, which state, what moves. */
class DealTest {
    private static final Caller CUSTOMER = new Caller(new UserId("customer-1"), Role.CUSTOMER);
    private static final Caller CONTRACTOR = new Caller(new UserId("contractor-1"), Role.CONTRACTOR);
    private static final Caller OTHER_CONTRACTOR = new Caller(new UserId("contractor-2"), Role.CONTRACTOR);
    private static final Caller STRANGER = new Caller(new UserId("customer-9"), Role.CUSTOMER);
    private static final Caller ADMIN = new Caller(new UserId("admin-1"), Role.ADMIN);
    private static final JobId JOB = new JobId("job-1");
    private static final ApplicationId FIRST = new ApplicationId("application-1");
    private static final ApplicationId SECOND = new ApplicationId("application-2");
    private static final OfferId OFFER = new OfferId("offer-1");
    private static final Deal.CustomerWallet RICH = new Deal.CustomerWallet(false, Money.dollars(500));

    // Applying.

    @Test
    void aContractorAppliesToAnOpenJobOnce() {
        Caller newcomer = new Caller(new UserId("contractor-3"), Role.CONTRACTOR);
        Decision decision = openDeal(RICH).apply(newcomer, new ApplicationId("application-3"), "Me too",
                Times.minutesLater(1));

        assertThat(decision.changes()).singleElement().isInstanceOfSatisfying(Change.ApplicationAdded.class, added ->
                assertThat(added.application().status()).isEqualTo(ApplicationStatus.PENDING));
        assertThat(decision.transfer()).isEmpty();
        assertThatThrownBy(() -> decision.deal().apply(newcomer, new ApplicationId("application-4"), null,
                Times.minutesLater(2))).isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("already applied");
    }

    @Test
    void applyingToAJobThatIsNoLongerOpenIsRefusedWithTheContractsMessage() {
        Deal assigned = accepted().deal();

        assertThatThrownBy(() -> assigned.apply(new Caller(new UserId("contractor-3"), Role.CONTRACTOR),
                new ApplicationId("application-3"), null, Times.minutesLater(9)))
                .isInstanceOf(BusinessRuleViolated.class).hasMessage("Job is not open");
    }

    @Test
    void onlyContractorsApply() {
        assertThatThrownBy(() -> openDeal(RICH).apply(CUSTOMER, new ApplicationId("application-3"), null, Times.NOW))
                .isInstanceOf(Forbidden.class);
    }

    // Sending an offer.

    @Test
    void sendingAnOfferMakesItPendingAndTheApplicationOfferedAndMovesNoMoney() {
        Decision decision = sent(RICH);

        Offer offer = decision.deal().offer(OFFER);
        assertThat(offer.status()).isEqualTo(OfferStatus.PENDING);
        assertThat(offer.fees().totalCharge()).isEqualTo(Money.dollars(105));
        assertThat(decision.deal().application(FIRST).status()).isEqualTo(ApplicationStatus.OFFERED);
        assertThat(decision.transfer()).isEmpty();
        assertThat(decision.changes()).hasSize(2);
    }

    @Test
    void anOfferTheBalanceCannotCoverIsRefusedWithTheReferenceMessage() {
        assertThatThrownBy(() -> sent(new Deal.CustomerWallet(false, Money.dollars(50))))
                .isInstanceOf(BusinessRuleViolated.class).hasMessage("Insufficient balance");
    }

    @Test
    void aFrozenCustomerCannotSendAnOffer() {
        assertThatThrownBy(() -> sent(new Deal.CustomerWallet(true, Money.dollars(500))))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("frozen");
    }

    @Test
    void onlyTheJobsCustomerSendsOffers() {
        assertThatThrownBy(() -> openDeal(RICH).sendOffer(STRANGER, FIRST, OFFER, Money.dollars(100),
                FeeSchedule.STANDARD, "2 weeks", "Do the whole job", Times.NOW)).isInstanceOf(Forbidden.class);
    }

    @Test
    void aJobHasOneLiveOfferAtATime() {
        Deal offered = sent(RICH).deal();

        assertThatThrownBy(() -> offered.sendOffer(CUSTOMER, SECOND, new OfferId("offer-2"), Money.dollars(100),
                FeeSchedule.STANDARD, "2 weeks", "Do the whole job", Times.minutesLater(1)))
                .isInstanceOf(BusinessRuleViolated.class).hasMessage("An offer has already been sent for this job");
    }

    @Test
    void anExpiredOfferMakesRoomForANewOneAndItsApplicationIsPendingAgain() {
        Deal offered = sent(RICH).deal();
        Instant weekLater = Times.NOW.plus(Offer.LIFETIME);

        Decision decision = offered.sendOffer(CUSTOMER, SECOND, new OfferId("offer-2"), Money.dollars(100),
                FeeSchedule.STANDARD, "2 weeks", "Do the whole job", weekLater);

        assertThat(decision.deal().offer(OFFER).status()).isEqualTo(OfferStatus.EXPIRED);
        assertThat(decision.deal().application(FIRST).status()).isEqualTo(ApplicationStatus.PENDING);
        assertThat(decision.deal().liveOffer()).map(Offer::id).contains(new OfferId("offer-2"));
    }

    @Test
    void anOfferNamesAnApplicationOfThisJob() {
        assertThatThrownBy(() -> openDeal(RICH).sendOffer(CUSTOMER, new ApplicationId("elsewhere"), OFFER,
                Money.dollars(100), FeeSchedule.STANDARD, "2 weeks", "Do the whole job", Times.NOW))
                .isInstanceOf(NotFound.class);
    }

    // Accepting.

    @Test
    void acceptingMovesTheTotalChargeToEscrowAssignsTheJobAndSettlesEveryApplication() {
        Decision decision = accepted();

        Transfer transfer = decision.transfer().orElseThrow();
        assertThat(transfer.type()).isEqualTo(TransferType.OFFER_ACCEPTED);
        assertThat(transfer.netChangeOf(Account.wallet(CUSTOMER.userId()))).isEqualTo(-10_500);
        assertThat(transfer.netChangeOf(Account.ESCROW)).isEqualTo(10_500);
        Deal deal = decision.deal();
        assertThat(deal.job().status()).isEqualTo(JobStatus.ASSIGNED);
        assertThat(deal.job().contractorId()).isEqualTo(CONTRACTOR.userId());
        assertThat(deal.job().offerId()).isEqualTo(OFFER);
        assertThat(deal.offer(OFFER).status()).isEqualTo(OfferStatus.ACCEPTED);
        assertThat(deal.application(FIRST).status()).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(deal.application(SECOND).status()).isEqualTo(ApplicationStatus.REJECTED);
    }

    @Test
    void onlyTheOffersContractorAccepts() {
        Deal offered = sent(RICH).deal();

        assertThatThrownBy(() -> offered.accept(OTHER_CONTRACTOR, OFFER, "t-1", Times.minutesLater(1)))
                .isInstanceOf(Forbidden.class);
    }

    @Test
    void anExpiredOfferIsExpiredAndTheAcceptanceRefusedWithoutMovingMoney() {
        Deal offered = sent(RICH).deal();

        Decision decision = offered.accept(CONTRACTOR, OFFER, "t-1", Times.NOW.plus(Offer.LIFETIME));

        assertThat(decision.refusal()).map(Exception::getMessage).contains("Offer has expired");
        assertThat(decision.transfer()).isEmpty();
        assertThat(decision.deal().offer(OFFER).status()).isEqualTo(OfferStatus.EXPIRED);
        assertThat(decision.deal().application(FIRST).status()).isEqualTo(ApplicationStatus.PENDING);
        assertThat(decision.deal().job().status()).isEqualTo(JobStatus.OPEN);
    }

    @Test
    void anOfferPastItsExpiryCannotBeAcceptedEvenDirectly() {
        Offer pending = sent(RICH).deal().offer(OFFER);

        assertThatThrownBy(() -> pending.accept(Times.NOW.plus(Offer.LIFETIME)))
                .isInstanceOf(BusinessRuleViolated.class).hasMessage("Offer has expired");
    }

    @Test
    void aFrozenCustomersOfferCannotBeAccepted() {
        Deal offered = sent(RICH).deal();
        Deal frozen = Deal.of(offered.job(), offered.applications(), List.of(offered.offer(OFFER)), List.of(),
                new Deal.CustomerWallet(true, Money.dollars(500)));

        assertThatThrownBy(() -> frozen.accept(CONTRACTOR, OFFER, "t-1", Times.minutesLater(1)))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("frozen");
    }

    @Test
    void anAcceptedOfferCannotBeAcceptedAgain() {
        Deal assigned = accepted().deal();

        assertThatThrownBy(() -> assigned.accept(CONTRACTOR, OFFER, "t-2", Times.minutesLater(2)))
                .isInstanceOf(BusinessRuleViolated.class).hasMessage("Offer is not pending");
    }

    // Rejecting.

    @Test
    void rejectingAPendingOfferPutsItsApplicationBackAndMovesNoMoney() {
        Decision decision = sent(RICH).deal().rejectOffer(CONTRACTOR, OFFER, "Too short", "t-1", Times.minutesLater(1));

        assertThat(decision.transfer()).isEmpty();
        assertThat(decision.deal().offer(OFFER).status()).isEqualTo(OfferStatus.REJECTED);
        assertThat(decision.deal().application(FIRST).status()).isEqualTo(ApplicationStatus.PENDING);
    }

    @Test
    void rejectingAnAcceptedOfferRefundsReopensAndReinstatesTheApplications() {
        Decision decision = accepted().deal().rejectOffer(CONTRACTOR, OFFER, "Changed my mind", "t-2",
                Times.minutesLater(2));

        assertThat(decision.transfer()).map(Transfer::type).contains(TransferType.OFFER_REFUNDED);
        assertThat(decision.transfer().orElseThrow().netChangeOf(Account.wallet(CUSTOMER.userId()))).isEqualTo(10_500);
        assertThat(decision.deal().job().status()).isEqualTo(JobStatus.OPEN);
        assertThat(decision.deal().job().contractorId()).isNull();
        assertThat(decision.deal().applications()).extracting(JobApplication::status)
                .containsOnly(ApplicationStatus.PENDING);
    }

    @Test
    void anAcceptedOfferCannotBeRejectedOnceWorkStarted() {
        Deal started = accepted().deal().start(CONTRACTOR, Times.minutesLater(2)).deal();

        assertThatThrownBy(() -> started.rejectOffer(CONTRACTOR, OFFER, null, "t-2", Times.minutesLater(3)))
                .isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("work has started");
    }

    // Completion.

    @Test
    void approvingACompletionPaysTheContractorAndThePlatformFromEscrow() {
        Deal requested = inProgress().requestCompletion(CUSTOMER, new CompletionRequestId("request-1"),
                Times.minutesLater(3)).deal();

        Decision decision = requested.approveCompletion(ADMIN, new CompletionRequestId("request-1"), "t-3",
                Times.minutesLater(4));

        Transfer payout = decision.transfer().orElseThrow();
        assertThat(payout.netChangeOf(Account.ESCROW)).isEqualTo(-10_500);
        assertThat(payout.netChangeOf(Account.wallet(CONTRACTOR.userId()))).isEqualTo(8_000);
        assertThat(payout.netChangeOf(Account.REVENUE)).isEqualTo(2_500);
        assertThat(decision.deal().job().status()).isEqualTo(JobStatus.COMPLETED);
        assertThat(decision.deal().completion(new CompletionRequestId("request-1")).status())
                .isEqualTo(CompletionRequestStatus.APPROVED);
    }

    @Test
    void onlyAnAdminApprovesAndOnlyAPendingRequest() {
        Deal requested = inProgress().requestCompletion(CUSTOMER, new CompletionRequestId("request-1"),
                Times.minutesLater(3)).deal();
        Deal rejected = requested.rejectCompletion(ADMIN, new CompletionRequestId("request-1"), "Not done",
                Times.minutesLater(4)).deal();

        assertThatThrownBy(() -> requested.approveCompletion(CUSTOMER, new CompletionRequestId("request-1"), "t",
                Times.minutesLater(4))).isInstanceOf(Forbidden.class);
        assertThatThrownBy(() -> rejected.approveCompletion(ADMIN, new CompletionRequestId("request-1"), "t",
                Times.minutesLater(5))).isInstanceOf(BusinessRuleViolated.class).hasMessage("Completion request is not pending");
        assertThat(rejected.job().status()).isEqualTo(JobStatus.IN_PROGRESS);
    }

    @Test
    void oneCompletionRequestIsPendingAtATime() {
        Deal requested = inProgress().requestCompletion(CUSTOMER, new CompletionRequestId("request-1"),
                Times.minutesLater(3)).deal();

        assertThatThrownBy(() -> requested.requestCompletion(CUSTOMER, new CompletionRequestId("request-2"),
                Times.minutesLater(4))).isInstanceOf(BusinessRuleViolated.class).hasMessageContaining("already pending");
    }

    // Cancelling.

    @Test
    void cancellingAfterAcceptanceRefundsAndClosesEverythingOpen() {
        Deal requested = inProgress().requestCompletion(CUSTOMER, new CompletionRequestId("request-1"),
                Times.minutesLater(3)).deal();

        Decision decision = requested.cancel(CUSTOMER, "Changed plans", "t-4", Times.minutesLater(4));

        assertThat(decision.transfer()).map(Transfer::type).contains(TransferType.OFFER_REFUNDED);
        assertThat(decision.deal().job().status()).isEqualTo(JobStatus.CANCELLED);
        assertThat(decision.deal().offer(OFFER).status()).isEqualTo(OfferStatus.CANCELLED);
        assertThat(decision.deal().completion(new CompletionRequestId("request-1")).status())
                .isEqualTo(CompletionRequestStatus.CANCELLED);
    }

    @Test
    void cancellingWithAPendingOfferRefundsNothingAndRejectsTheApplications() {
        Decision decision = sent(RICH).deal().cancel(ADMIN, null, "t-1", Times.minutesLater(1));

        assertThat(decision.transfer()).isEmpty();
        assertThat(decision.deal().offer(OFFER).status()).isEqualTo(OfferStatus.CANCELLED);
        assertThat(decision.deal().applications()).extracting(JobApplication::status)
                .containsOnly(ApplicationStatus.REJECTED);
    }

    @Test
    void onlyTheCustomerOrAnAdminCancels() {
        assertThatThrownBy(() -> openDeal(RICH).cancel(CONTRACTOR, null, "t", Times.NOW)).isInstanceOf(Forbidden.class);
    }

    // Visibility and expiry.

    @Test
    void anOpenJobIsVisibleToAllAndAnAssignedOneOnlyToItsPartiesAndAdmins() {
        Deal assigned = accepted().deal();

        assertThat(openDeal(RICH).isVisibleTo(STRANGER)).isTrue();
        assertThat(assigned.isVisibleTo(STRANGER)).isFalse();
        assertThat(assigned.isVisibleTo(OTHER_CONTRACTOR)).isFalse();
        assertThat(assigned.isVisibleTo(CONTRACTOR)).isTrue();
        assertThat(assigned.isVisibleTo(ADMIN)).isTrue();
    }

    @Test
    void theSweepExpiresOnlyAnOfferPastItsExpiry() {
        Deal offered = sent(RICH).deal();

        assertThat(offered.expireOffer(Times.NOW.plus(Offer.LIFETIME).minus(Duration.ofSeconds(1))).changes()).isEmpty();
        assertThat(offered.expireOffer(Times.NOW.plus(Offer.LIFETIME)).deal().offer(OFFER).status())
                .isEqualTo(OfferStatus.EXPIRED);
    }

    @Test
    void aDealHoldsAtMostOneLiveOffer() {
        Deal offered = sent(RICH).deal();
        Offer second = Offer.send(new OfferId("offer-2"), JOB, SECOND, CUSTOMER.userId(), OTHER_CONTRACTOR.userId(),
                Money.dollars(10), FeeSchedule.STANDARD, "1 day", "Another offer", Times.NOW);

        assertThatThrownBy(() -> Deal.of(offered.job(), offered.applications(), List.of(offered.offer(OFFER), second),
                List.of(), RICH)).isInstanceOf(IllegalArgumentException.class);
    }

    private static Deal openDeal(Deal.CustomerWallet wallet) {
        Job job = Job.post(JOB, CUSTOMER.userId(), "Kitchen tiles", "Replace the cracked kitchen tiles",
                Money.dollars(150), null, null, Times.NOW);
        List<JobApplication> applications = List.of(
                JobApplication.submit(FIRST, JOB, CONTRACTOR.userId(), "I can", Times.NOW),
                JobApplication.submit(SECOND, JOB, OTHER_CONTRACTOR.userId(), "Me too", Times.NOW));
        return Deal.of(job, applications, List.of(), List.of(), wallet);
    }

    private static Decision sent(Deal.CustomerWallet wallet) {
        return openDeal(wallet).sendOffer(CUSTOMER, FIRST, OFFER, Money.dollars(100), FeeSchedule.STANDARD, "2 weeks",
                "Do the whole job", Times.NOW);
    }

    private static Decision accepted() {
        return sent(RICH).deal().accept(CONTRACTOR, OFFER, "t-1", Times.minutesLater(1));
    }

    private static Deal inProgress() {
        return accepted().deal().start(CONTRACTOR, Times.minutesLater(2)).deal();
    }
}
