package com.jobsphere.application;

import com.jobsphere.application.admin.ApproveCompletion;
import com.jobsphere.application.admin.ApproveWithdrawal;
import com.jobsphere.application.admin.GetPlatformBalances;
import com.jobsphere.application.admin.ListLedgerTransfers;
import com.jobsphere.application.admin.ListUsers;
import com.jobsphere.application.admin.ListCompletionRequests;
import com.jobsphere.application.admin.ListWithdrawals;
import com.jobsphere.application.admin.RejectCompletion;
import com.jobsphere.application.admin.RejectWithdrawal;
import com.jobsphere.application.admin.SetWalletFrozen;
import com.jobsphere.application.admin.VerifyLedger;
import com.jobsphere.application.auth.GetCurrentUser;
import com.jobsphere.application.auth.Authenticate;
import com.jobsphere.application.auth.LogIn;
import com.jobsphere.application.auth.LogOut;
import com.jobsphere.application.auth.RefreshSession;
import com.jobsphere.application.auth.RegisterUser;
import com.jobsphere.application.common.Platform;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.application.job.ApplyToJob;
import com.jobsphere.application.job.CancelJob;
import com.jobsphere.application.job.ChangeJobStatus;
import com.jobsphere.application.job.GetJob;
import com.jobsphere.application.job.ListJobApplications;
import com.jobsphere.application.job.ListJobs;
import com.jobsphere.application.job.ListMyApplications;
import com.jobsphere.application.job.PostJob;
import com.jobsphere.application.job.RequestCompletion;
import com.jobsphere.application.notification.NotificationUseCases;
import com.jobsphere.application.offer.AcceptOffer;
import com.jobsphere.application.offer.ExpireOffers;
import com.jobsphere.application.offer.GetOffer;
import com.jobsphere.application.offer.RejectOffer;
import com.jobsphere.application.offer.SendOffer;
import com.jobsphere.application.port.Ids;
import com.jobsphere.application.port.Locks;
import com.jobsphere.application.port.PasswordHasher;
import com.jobsphere.application.port.PaymentGateway;
import com.jobsphere.application.port.Tokens;
import com.jobsphere.application.port.UnitOfWork;
import com.jobsphere.application.port.WebhookVerifier;
import com.jobsphere.application.wallet.GetStripeStatus;
import com.jobsphere.application.wallet.GetWallet;
import com.jobsphere.application.wallet.ApplyPaymentEvent;
import com.jobsphere.application.wallet.DepositSettlement;
import com.jobsphere.application.wallet.Janitor;
import com.jobsphere.application.wallet.ListTransactions;
import com.jobsphere.application.wallet.ReceivePaymentEvent;
import com.jobsphere.application.wallet.RequestWithdrawal;
import com.jobsphere.application.wallet.StartDeposit;
import com.jobsphere.application.wallet.StartStripeOnboarding;
import com.jobsphere.application.wallet.WithdrawalPayouts;
import com.jobsphere.domain.money.FeeSchedule;
import java.time.Clock;

/**
 * Every use case of the service, built once from the ports. The driving adapters receive this. The offer-expiry
 * sweep and the janitor are not here: they are run by the service itself, on a schedule ({@link #janitor()}).
 */
public record UseCases(
        Authenticate authenticate,
        RegisterUser registerUser,
        LogIn logIn,
        RefreshSession refreshSession,
        LogOut logOut,
        GetCurrentUser getCurrentUser,
        PostJob postJob,
        ListJobs listJobs,
        GetJob getJob,
        ApplyToJob applyToJob,
        ListJobApplications listJobApplications,
        ListMyApplications listMyApplications,
        ChangeJobStatus changeJobStatus,
        RequestCompletion requestCompletion,
        CancelJob cancelJob,
        SendOffer sendOffer,
        AcceptOffer acceptOffer,
        RejectOffer rejectOffer,
        GetOffer getOffer,
        GetWallet getWallet,
        StartDeposit startDeposit,
        ReceivePaymentEvent receivePaymentEvent,
        ApplyPaymentEvent applyPaymentEvent,
        RequestWithdrawal requestWithdrawal,
        StartStripeOnboarding startStripeOnboarding,
        GetStripeStatus getStripeStatus,
        ListTransactions listTransactions,
        ListCompletionRequests listCompletionRequests,
        ApproveCompletion approveCompletion,
        RejectCompletion rejectCompletion,
        ListWithdrawals listWithdrawals,
        ApproveWithdrawal approveWithdrawal,
        RejectWithdrawal rejectWithdrawal,
        SetWalletFrozen setWalletFrozen,
        VerifyLedger verifyLedger,
        ListUsers listUsers,
        GetPlatformBalances getPlatformBalances,
        ListLedgerTransfers listLedgerTransfers,
        Janitor janitor,
        NotificationUseCases notifications) {

    /** Wires every use case with plain constructors; they tell nobody what they did. */
    public static UseCases create(UnitOfWork unitOfWork, Locks locks, PaymentGateway gateway, WebhookVerifier verifier,
            PasswordHasher hasher, Tokens tokens, Ids ids, Clock clock, Platform platform, FeeSchedule feeSchedule,
            Janitor.Settings janitorSettings) {
        return create(new Transactions(unitOfWork, locks, clock), locks, gateway, verifier, hasher, tokens, ids, clock,
                platform, feeSchedule, janitorSettings);
    }

    /** Wires every use case with plain constructors, on {@code transactions} (which may tell what they did). */
    public static UseCases create(Transactions transactions, Locks locks, PaymentGateway gateway,
            WebhookVerifier verifier, PasswordHasher hasher, Tokens tokens, Ids ids, Clock clock, Platform platform,
            FeeSchedule feeSchedule, Janitor.Settings janitorSettings) {
        WithdrawalPayouts payouts = new WithdrawalPayouts(transactions, gateway, ids, clock);
        DepositSettlement deposits = new DepositSettlement();
        ApplyPaymentEvent applyPaymentEvent = new ApplyPaymentEvent(transactions, deposits, clock);
        ExpireOffers expireOffers = new ExpireOffers(transactions, clock);
        return new UseCases(
                new Authenticate(transactions, tokens),
                new RegisterUser(transactions, hasher, tokens, ids, clock),
                new LogIn(transactions, hasher, tokens, ids, clock),
                new RefreshSession(transactions, tokens, ids, clock),
                new LogOut(transactions, tokens),
                new GetCurrentUser(transactions),
                new PostJob(transactions, ids, clock),
                new ListJobs(transactions),
                new GetJob(transactions),
                new ApplyToJob(transactions, ids, clock),
                new ListJobApplications(transactions),
                new ListMyApplications(transactions),
                new ChangeJobStatus(transactions, ids, clock),
                new RequestCompletion(transactions, ids, clock),
                new CancelJob(transactions, ids, clock),
                new SendOffer(transactions, ids, clock, feeSchedule),
                new AcceptOffer(transactions, ids, clock),
                new RejectOffer(transactions, ids, clock),
                new GetOffer(transactions, clock),
                new GetWallet(transactions),
                new StartDeposit(transactions, gateway, deposits, ids, clock),
                new ReceivePaymentEvent(verifier, applyPaymentEvent),
                applyPaymentEvent,
                new RequestWithdrawal(transactions, ids, clock),
                new StartStripeOnboarding(transactions, gateway, clock),
                new GetStripeStatus(transactions, gateway, clock),
                new ListTransactions(transactions, platform),
                new ListCompletionRequests(transactions),
                new ApproveCompletion(transactions, ids, clock),
                new RejectCompletion(transactions, clock),
                new ListWithdrawals(transactions),
                new ApproveWithdrawal(transactions, payouts, clock),
                new RejectWithdrawal(transactions, payouts, clock),
                new SetWalletFrozen(transactions, clock),
                new VerifyLedger(transactions),
                new ListUsers(transactions),
                new GetPlatformBalances(transactions),
                new ListLedgerTransfers(transactions),
                new Janitor(transactions, locks, gateway, payouts, deposits, expireOffers, clock, janitorSettings),
                NotificationUseCases.create(transactions, clock));
    }
}
