package com.jobsphere.application;

import com.jobsphere.application.admin.ApproveCompletion;
import com.jobsphere.application.admin.ApproveWithdrawal;
import com.jobsphere.application.admin.ListCompletionRequests;
import com.jobsphere.application.admin.ListWithdrawals;
import com.jobsphere.application.admin.RejectCompletion;
import com.jobsphere.application.admin.RejectWithdrawal;
import com.jobsphere.application.admin.SetWalletFrozen;
import com.jobsphere.application.admin.VerifyLedger;
import com.jobsphere.application.auth.GetCurrentUser;
import com.jobsphere.application.auth.LogIn;
import com.jobsphere.application.auth.LogOut;
import com.jobsphere.application.auth.RefreshSession;
import com.jobsphere.application.auth.RegisterUser;
import com.jobsphere.application.common.IdempotentRequests;
import com.jobsphere.application.common.Platform;
import com.jobsphere.application.job.ApplyToJob;
import com.jobsphere.application.job.CancelJob;
import com.jobsphere.application.job.ChangeJobStatus;
import com.jobsphere.application.job.GetJob;
import com.jobsphere.application.job.JobSettlement;
import com.jobsphere.application.job.ListJobApplications;
import com.jobsphere.application.job.ListJobs;
import com.jobsphere.application.job.ListMyApplications;
import com.jobsphere.application.job.PostJob;
import com.jobsphere.application.job.RequestCompletion;
import com.jobsphere.application.offer.AcceptOffer;
import com.jobsphere.application.offer.Escrow;
import com.jobsphere.application.offer.ExpireOffers;
import com.jobsphere.application.offer.GetOffer;
import com.jobsphere.application.offer.RejectOffer;
import com.jobsphere.application.offer.SendOffer;
import com.jobsphere.application.port.Ids;
import com.jobsphere.application.port.PasswordHasher;
import com.jobsphere.application.port.PaymentGateway;
import com.jobsphere.application.port.Tokens;
import com.jobsphere.application.port.UnitOfWork;
import com.jobsphere.application.wallet.GetStripeStatus;
import com.jobsphere.application.wallet.GetWallet;
import com.jobsphere.application.wallet.HandleGatewayEvent;
import com.jobsphere.application.wallet.ListTransactions;
import com.jobsphere.application.wallet.RequestWithdrawal;
import com.jobsphere.application.wallet.StartDeposit;
import com.jobsphere.application.wallet.StartStripeOnboarding;
import com.jobsphere.domain.money.FeeSchedule;
import java.time.Clock;

/** Every use case of the service, built once from the ports. The driving adapters receive this. */
public record UseCases(
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
        ExpireOffers expireOffers,
        GetWallet getWallet,
        StartDeposit startDeposit,
        HandleGatewayEvent handleGatewayEvent,
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
        IdempotentRequests idempotentRequests) {

    /** Wires every use case with plain constructors. */
    public static UseCases create(UnitOfWork unitOfWork, PaymentGateway gateway, PasswordHasher hasher, Tokens tokens,
            Ids ids, Clock clock, Platform platform, FeeSchedule feeSchedule) {
        Escrow escrow = new Escrow(ids, platform);
        JobSettlement settlement = new JobSettlement(escrow);
        return new UseCases(
                new RegisterUser(unitOfWork, hasher, tokens, ids, clock),
                new LogIn(unitOfWork, hasher, tokens, ids, clock),
                new RefreshSession(unitOfWork, tokens, ids, clock),
                new LogOut(unitOfWork, tokens),
                new GetCurrentUser(unitOfWork),
                new PostJob(unitOfWork, ids, clock),
                new ListJobs(unitOfWork),
                new GetJob(unitOfWork),
                new ApplyToJob(unitOfWork, ids, clock),
                new ListJobApplications(unitOfWork),
                new ListMyApplications(unitOfWork),
                new ChangeJobStatus(unitOfWork, settlement, clock),
                new RequestCompletion(unitOfWork, ids, clock),
                new CancelJob(unitOfWork, settlement, clock),
                new SendOffer(unitOfWork, ids, clock, feeSchedule),
                new AcceptOffer(unitOfWork, escrow, clock),
                new RejectOffer(unitOfWork, escrow, clock),
                new GetOffer(unitOfWork, clock),
                new ExpireOffers(unitOfWork, clock),
                new GetWallet(unitOfWork),
                new StartDeposit(unitOfWork, gateway, ids, clock),
                new HandleGatewayEvent(unitOfWork, clock),
                new RequestWithdrawal(unitOfWork, ids, clock),
                new StartStripeOnboarding(unitOfWork, gateway, clock),
                new GetStripeStatus(unitOfWork, gateway, clock),
                new ListTransactions(unitOfWork),
                new ListCompletionRequests(unitOfWork),
                new ApproveCompletion(unitOfWork, settlement, clock),
                new RejectCompletion(unitOfWork, clock),
                new ListWithdrawals(unitOfWork),
                new ApproveWithdrawal(unitOfWork, gateway, ids, clock),
                new RejectWithdrawal(unitOfWork, ids, clock),
                new SetWalletFrozen(unitOfWork, clock),
                new VerifyLedger(unitOfWork),
                new IdempotentRequests(unitOfWork, clock));
    }
}
