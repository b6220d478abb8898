package com.jobsphere.application.flows;

import com.jobsphere.application.UseCases;
import com.jobsphere.application.admin.ApproveCompletion;
import com.jobsphere.application.admin.ApproveWithdrawal;
import com.jobsphere.application.admin.ListWithdrawals;
import com.jobsphere.application.admin.RejectWithdrawal;
import com.jobsphere.application.admin.SetWalletFrozen;
import com.jobsphere.application.admin.VerifyLedger;
import com.jobsphere.application.job.CancelJob;
import com.jobsphere.application.job.ChangeJobStatus;
import com.jobsphere.application.job.GetJob;
import com.jobsphere.application.job.ListJobApplications;
import com.jobsphere.application.job.RequestCompletion;
import com.jobsphere.application.offer.GetOffer;
import com.jobsphere.application.offer.RejectOffer;
import com.jobsphere.application.notification.ListNotifications;
import com.jobsphere.application.notification.RegisterDevice;
import com.jobsphere.application.port.ApplicationDetails;
import com.jobsphere.application.port.Notification;
import com.jobsphere.application.port.JobDetails;
import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.application.port.TransactionView;
import com.jobsphere.application.port.WalletSummary;
import com.jobsphere.application.port.WithdrawalView;
import com.jobsphere.application.wallet.ApplyPaymentEvent;
import com.jobsphere.application.wallet.GetStripeStatus;
import com.jobsphere.application.wallet.GetWallet;
import com.jobsphere.application.wallet.ListTransactions;
import com.jobsphere.application.wallet.RequestWithdrawal;
import com.jobsphere.domain.common.CompletionRequestId;
import com.jobsphere.domain.common.JobId;
import com.jobsphere.domain.common.OfferId;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.common.WithdrawalId;
import com.jobsphere.domain.job.CompletionRequest;
import com.jobsphere.domain.notification.Device;
import com.jobsphere.domain.notification.NotificationType;
import com.jobsphere.domain.wallet.TransactionType;
import com.jobsphere.domain.wallet.Wallet;
import com.jobsphere.domain.wallet.Withdrawal;
import java.util.List;
import java.util.Optional;

import com.jobsphere.application.auth.AuthResult;
import com.jobsphere.application.auth.ClaimedCaller;
import com.jobsphere.application.auth.EnsurePlatformAdmin;
import com.jobsphere.application.auth.RegisterUser;
import com.jobsphere.application.common.Platform;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.application.fakes.InMemoryLocks;
import com.jobsphere.application.fakes.InMemoryUnitOfWork;
import com.jobsphere.application.fakes.MutableClock;
import com.jobsphere.application.fakes.SequentialIds;
import com.jobsphere.application.job.ApplyToJob;
import com.jobsphere.application.job.PostJob;
import com.jobsphere.application.offer.AcceptOffer;
import com.jobsphere.application.offer.SendOffer;
import com.jobsphere.domain.user.Caller;
import com.jobsphere.application.port.GatewayEvent;
import com.jobsphere.application.testing.FakePasswordHasher;
import com.jobsphere.application.testing.FakePaymentGateway;
import com.jobsphere.application.testing.FakeTokens;
import com.jobsphere.application.testing.RecordingBusinessEvents;
import com.jobsphere.application.wallet.Janitor;
import com.jobsphere.application.wallet.StartDeposit;
import com.jobsphere.application.wallet.StartStripeOnboarding;
import com.jobsphere.domain.job.Job;
import com.jobsphere.domain.job.JobApplication;
import com.jobsphere.domain.money.FeeSchedule;
import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.offer.Offer;
import com.jobsphere.domain.user.User;
import java.time.Instant;

/** The real use cases over in-memory ports, with builders for the usual steps of a test. */
final class World {
    static final PageRequest ALL = new PageRequest(1, 100);

    final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    final MutableClock clock = MutableClock.at(Instant.parse("2026-01-28T12:00:00Z"));
    final SequentialIds ids = new SequentialIds();
    final FakePaymentGateway gateway = new FakePaymentGateway();
    final FakePasswordHasher hasher = new FakePasswordHasher();
    final InMemoryLocks locks = new InMemoryLocks();
    final RecordingBusinessEvents events = new RecordingBusinessEvents();
    final Caller admin;
    final UseCases useCases;
    private int users;

    World() {
        User adminUser = new EnsurePlatformAdmin(new Transactions(unitOfWork, locks, clock), hasher, ids, clock)
                .execute(new EnsurePlatformAdmin.Command("admin@jobsphere.local", Optional.of("admin-password"),
                        () -> "never-generated"))
                .admin();
        admin = new Caller(adminUser.id(), adminUser.role());
        useCases = UseCases.create(new Transactions(unitOfWork, locks, clock, events), locks, gateway, (payload, signature) -> {
                    throw new IllegalStateException("use-case tests hand events over already verified");
                }, hasher, new FakeTokens(), ids, clock, new Platform(adminUser.id()), FeeSchedule.STANDARD,
                Janitor.Settings.DEFAULTS);
    }

    Caller customer() {
        return register("customer");
    }

    Caller contractor() {
        return register("contractor");
    }

    private Caller register(String role) {
        AuthResult result = useCases.registerUser().execute(new RegisterUser.Command(
                role + (++users) + "@example.com", "password-123", "User " + users, role));
        return new Caller(result.user().id(), result.user().role());
    }

    /** Deposits through Checkout and the paid event, as the webhook would. */
    void deposit(Caller customer, String dollars) {
        Money amount = Money.parse(dollars, "amount");
        StartDeposit.Result started = useCases.startDeposit().execute(new StartDeposit.Command(customer, amount, null));
        applyEvent(paidEvent("evt_" + started.sessionId(), started.sessionId(), amount.cents()));
    }

    static GatewayEvent paidEvent(String eventId, String sessionId, long amountCents) {
        return new GatewayEvent.DepositPaid(eventId, sessionId, null, amountCents);
    }

    Job job(Caller customer) {
        return useCases.postJob().execute(new PostJob.Command(customer, "Build Mobile App",
                "Need a Flutter mobile app for our shop", Money.dollars(100), "Mobile Development", "Remote", null));
    }

    JobApplication apply(Caller contractor, Job job) {
        return useCases.applyToJob().execute(new ApplyToJob.Command(contractor, job.id(), "I can do this", null));
    }

    Offer offer(Caller customer, JobApplication application, String dollars) {
        return useCases.sendOffer().execute(new SendOffer.Command(customer, application.id(),
                Money.parse(dollars, "amount"), "2 weeks", "Complete the project as described in the job posting", null));
    }

    String balance(Caller caller) {
        return wallet(caller).balance().toPlainString();
    }

    // Each use case with a command of its own, without a key.

    WalletSummary wallet(Caller caller) {
        return useCases.getWallet().execute(new GetWallet.Query(new ClaimedCaller(caller)));
    }

    AcceptOffer.Result accept(Caller contractor, OfferId offerId) {
        return useCases.acceptOffer().execute(new AcceptOffer.Command(new ClaimedCaller(contractor), offerId, null));
    }

    RejectOffer.Result rejectOffer(Caller contractor, OfferId offerId, String reason) {
        return useCases.rejectOffer().execute(new RejectOffer.Command(contractor, offerId, reason, null));
    }

    Offer getOffer(Caller caller, OfferId offerId) {
        return useCases.getOffer().execute(new GetOffer.Query(caller, offerId));
    }

    JobDetails getJob(Caller caller, JobId jobId) {
        return useCases.getJob().execute(new GetJob.Query(caller, jobId));
    }

    List<ApplicationDetails> applicationsOf(Caller caller, JobId jobId) {
        return useCases.listJobApplications().execute(new ListJobApplications.Query(caller, jobId, ALL)).items();
    }

    Job changeStatus(Caller caller, JobId jobId, String status) {
        return useCases.changeJobStatus().execute(new ChangeJobStatus.Command(caller, jobId, status, null));
    }

    CompletionRequest requestCompletion(Caller customer, JobId jobId) {
        return useCases.requestCompletion().execute(new RequestCompletion.Command(customer, jobId, null));
    }

    ApproveCompletion.Result approveCompletion(CompletionRequestId requestId) {
        return useCases.approveCompletion().execute(new ApproveCompletion.Command(admin, requestId, null));
    }

    CancelJob.Result cancel(Caller caller, JobId jobId, String reason) {
        return useCases.cancelJob().execute(new CancelJob.Command(caller, jobId, reason, null));
    }

    StartDeposit.Result startDeposit(Caller caller, Money amount) {
        return useCases.startDeposit().execute(new StartDeposit.Command(caller, amount, null));
    }

    ApplyPaymentEvent.Outcome applyEvent(GatewayEvent event) {
        return useCases.applyPaymentEvent().execute(event);
    }

    String onboard(Caller contractor) {
        return useCases.startStripeOnboarding().execute(new StartStripeOnboarding.Command(contractor, null));
    }

    GetStripeStatus.Result stripeStatus(Caller contractor) {
        return useCases.getStripeStatus().execute(new GetStripeStatus.Query(contractor));
    }

    Withdrawal withdraw(Caller contractor, Money amount) {
        return useCases.requestWithdrawal().execute(new RequestWithdrawal.Command(contractor, amount, null));
    }

    Withdrawal approveWithdrawal(WithdrawalId withdrawalId) {
        return useCases.approveWithdrawal().execute(new ApproveWithdrawal.Command(admin, withdrawalId, null));
    }

    Withdrawal rejectWithdrawal(WithdrawalId withdrawalId, String reason) {
        return useCases.rejectWithdrawal().execute(new RejectWithdrawal.Command(admin, withdrawalId, reason, null));
    }

    Wallet freeze(UserId userId, String reason) {
        return useCases.setWalletFrozen().execute(new SetWalletFrozen.Command(admin, userId, true, reason, null));
    }

    List<WithdrawalView> withdrawals() {
        return useCases.listWithdrawals().execute(new ListWithdrawals.Query(admin, null, ALL)).items();
    }

    Page<TransactionView> transactions(Caller caller, TransactionType type) {
        return useCases.listTransactions().execute(new ListTransactions.Query(caller, type, ALL));
    }

    /** The caller's whole feed, newest first. */
    List<Notification> feed(Caller caller) {
        return useCases.notifications().listNotifications().execute(new ListNotifications.Query(caller, false, ALL))
                .items();
    }

    /** The types in the caller's feed (the clock stands still here, so their order says nothing). */
    List<NotificationType> notified(Caller caller) {
        return feed(caller).stream().map(notification -> notification.notice().type()).toList();
    }

    Device registerDevice(Caller caller, String token) {
        return useCases.notifications().registerDevice().execute(new RegisterDevice.Command(caller, token, "android",
                null));
    }

    boolean ledgerBalanced() {
        return useCases.verifyLedger().execute(new VerifyLedger.Query(admin)).balanced();
    }

    /** A contractor paid $80.00 for a completed job, whose connected account can receive payouts. */
    Caller contractorWithEarningsAndPayouts() {
        Caller customer = customer();
        Caller contractor = contractor();
        deposit(customer, "200");
        Job job = job(customer);
        Offer offer = offer(customer, apply(contractor, job), "100");
        accept(contractor, offer.id());
        changeStatus(contractor, job.id(), "in_progress");
        changeStatus(admin, job.id(), "completed");
        onboard(contractor);
        gateway.enablePayouts("acct_" + contractor.userId());
        stripeStatus(contractor);
        return contractor;
    }
}
