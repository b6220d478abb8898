package com.jobsphere.application.flows;

import com.jobsphere.application.UseCases;
import com.jobsphere.application.auth.AuthResult;
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
import com.jobsphere.application.port.Caller;
import com.jobsphere.application.port.GatewayEvent;
import com.jobsphere.application.testing.FakePasswordHasher;
import com.jobsphere.application.testing.FakePaymentGateway;
import com.jobsphere.application.testing.FakeTokens;
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
    final InMemoryUnitOfWork unitOfWork = new InMemoryUnitOfWork();
    final MutableClock clock = MutableClock.at(Instant.parse("2026-01-28T12:00:00Z"));
    final SequentialIds ids = new SequentialIds();
    final FakePaymentGateway gateway = new FakePaymentGateway();
    final FakePasswordHasher hasher = new FakePasswordHasher();
    final InMemoryLocks locks = new InMemoryLocks();
    final Caller admin;
    final UseCases useCases;
    private int users;

    World() {
        User adminUser = new EnsurePlatformAdmin(new Transactions(unitOfWork, locks, clock), hasher, ids, clock)
                .execute("admin@jobsphere.local", "admin-password");
        admin = new Caller(adminUser.id(), adminUser.role());
        useCases = UseCases.create(unitOfWork, locks, gateway, hasher, new FakeTokens(), ids, clock,
                new Platform(adminUser.id()), FeeSchedule.STANDARD, Janitor.Settings.DEFAULTS);
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
        useCases.handleGatewayEvent().execute(paidEvent("evt_" + started.sessionId(), started.sessionId(), amount.cents()));
    }

    static GatewayEvent paidEvent(String eventId, String sessionId, long amountCents) {
        return new GatewayEvent(eventId, "checkout.session.completed", "2025-01-01", sessionId, null, amountCents,
                "paid", null, null, null);
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
        return useCases.getWallet().execute(caller).balance().toPlainString();
    }

    /** A contractor paid $80.00 for a completed job, whose connected account can receive payouts. */
    Caller contractorWithEarningsAndPayouts() {
        Caller customer = customer();
        Caller contractor = contractor();
        deposit(customer, "200");
        Job job = job(customer);
        Offer offer = offer(customer, apply(contractor, job), "100");
        useCases.acceptOffer().execute(new AcceptOffer.Command(contractor, offer.id(), null));
        useCases.changeJobStatus().execute(contractor, job.id(), "in_progress", null);
        useCases.changeJobStatus().execute(admin, job.id(), "completed", null);
        useCases.startStripeOnboarding().execute(new StartStripeOnboarding.Command(contractor, null));
        gateway.enablePayouts("acct_" + contractor.userId());
        useCases.getStripeStatus().execute(contractor);
        return contractor;
    }
}
