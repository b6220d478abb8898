package com.jobsphere.adapters.http;

import com.jobsphere.application.UseCases;
import com.jobsphere.application.admin.ApproveCompletion;
import com.jobsphere.application.admin.ApproveWithdrawal;
import com.jobsphere.application.admin.GetPlatformBalances;
import com.jobsphere.application.admin.ListCompletionRequests;
import com.jobsphere.application.admin.ListLedgerTransfers;
import com.jobsphere.application.admin.ListUsers;
import com.jobsphere.application.admin.ListWithdrawals;
import com.jobsphere.application.admin.RejectCompletion;
import com.jobsphere.application.admin.RejectWithdrawal;
import com.jobsphere.application.admin.SetWalletFrozen;
import com.jobsphere.application.admin.VerifyLedger;
import com.jobsphere.domain.common.CompletionRequestId;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.common.WithdrawalId;
import com.jobsphere.domain.user.Caller;
import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.job.CompletionRequestStatus;
import com.jobsphere.domain.wallet.Withdrawal;
import com.jobsphere.domain.wallet.WithdrawalStatus;
import com.jobsphere.domain.job.CompletionRequest;
import com.jobsphere.domain.wallet.Wallet;
import io.javalin.http.Context;

/** {@code /api/admin}: completion requests, withdrawals, freezing and the ledger check. The use cases require the admin role. */
final class AdminRoutes {
    private final UseCases useCases;
    private final Json json;
    private final Api api;

    AdminRoutes(UseCases useCases, Json json, Api api) {
        this.useCases = useCases;
        this.json = json;
        this.api = api;
    }

    void addTo() {
        api.get("/api/admin/completion-requests", this::listCompletionRequests);
        api.post("/api/admin/completion-requests/{id}/approve", this::approveCompletion);
        api.post("/api/admin/completion-requests/{id}/reject", this::rejectCompletion);
        api.get("/api/admin/withdrawals", this::listWithdrawals);
        api.post("/api/admin/withdrawals/{id}/approve", this::approveWithdrawal);
        api.post("/api/admin/withdrawals/{id}/reject", this::rejectWithdrawal);
        api.post("/api/admin/users/{userId}/freeze", this::freeze);
        api.post("/api/admin/users/{userId}/unfreeze", this::unfreeze);
        api.get("/api/admin/ledger/verify", this::verifyLedger);
        api.get("/api/admin/users", this::listUsers);
        api.get("/api/admin/ledger/balances", this::ledgerBalances);
        api.get("/api/admin/ledger/transfers", this::ledgerTransfers);
    }

    private Reply listCompletionRequests(Context ctx) {
        Caller caller = admin(ctx);
        CompletionRequestStatus status = Queries.optionalEnum(ctx, "status", CompletionRequestStatus.class);
        var page = useCases.listCompletionRequests().execute(new ListCompletionRequests.Query(caller, status,
                Queries.page(ctx)));
        return Reply.ok("Completion requests retrieved successfully", AdminJson.completionRequests(page));
    }

    private Reply approveCompletion(Context ctx) {
        Caller caller = admin(ctx);
        return api.<ApproveCompletion.Result>keyed(ctx, request -> useCases.approveCompletion().execute(new ApproveCompletion.Command(caller,
                        completionRequestId(ctx), request)),
                result -> Reply.ok("Job completion approved", AdminJson.completionApproved(result)));
    }

    private Reply rejectCompletion(Context ctx) {
        Caller caller = admin(ctx);
        RequestBody body = json.readBody(ctx.body());
        return api.<CompletionRequest>keyed(ctx, request -> useCases.rejectCompletion().execute(new RejectCompletion.Command(caller,
                        completionRequestId(ctx), body.text("reason"), request)),
                rejected -> Reply.ok("Job completion rejected",
                        new AdminJson.CompletionRejected(JobJson.completionRequest(rejected))));
    }

    private Reply listWithdrawals(Context ctx) {
        Caller caller = admin(ctx);
        WithdrawalStatus status = Queries.optionalEnum(ctx, "status", WithdrawalStatus.class);
        var page = useCases.listWithdrawals().execute(new ListWithdrawals.Query(caller, status, Queries.page(ctx)));
        return Reply.ok("Withdrawals retrieved successfully", AdminJson.withdrawals(page));
    }

    /**
     * A transfer the provider refused is not a success: the withdrawal is recorded as failed and its
     * funds returned, and the admin is told so with a 400 rather than a 200.
     */
    private Reply approveWithdrawal(Context ctx) {
        Caller caller = admin(ctx);
        return api.keyed(ctx, request -> useCases.approveWithdrawal().execute(new ApproveWithdrawal.Command(caller,
                withdrawalId(ctx), request)), AdminRoutes::approved);
    }

    private static Reply approved(Withdrawal withdrawal) {
        if (withdrawal.status() == WithdrawalStatus.FAILED) {
            return Reply.refusal(new BusinessRuleViolated("Transfer refused by the payment provider: "
                    + withdrawal.failureReason() + ". The funds were returned to the wallet."));
        }
        return Reply.ok("Withdrawal approved and paid out", new AdminJson.WithdrawalDecision(WalletJson.withdrawal(withdrawal)));
    }

    private Reply rejectWithdrawal(Context ctx) {
        Caller caller = admin(ctx);
        RequestBody body = json.readBody(ctx.body());
        return api.<Withdrawal>keyed(ctx, request -> useCases.rejectWithdrawal().execute(new RejectWithdrawal.Command(caller,
                        withdrawalId(ctx), body.text("reason"), request)),
                withdrawal -> Reply.ok("Withdrawal rejected", new AdminJson.WithdrawalDecision(WalletJson.withdrawal(withdrawal))));
    }

    private Reply freeze(Context ctx) {
        Caller caller = admin(ctx);
        RequestBody body = json.readBody(ctx.body());
        return api.<Wallet>keyed(ctx, request -> useCases.setWalletFrozen().execute(new SetWalletFrozen.Command(caller,
                        userId(ctx), true, body.text("reason"), request)),
                wallet -> Reply.ok("Wallet frozen", AdminJson.walletState(wallet)));
    }

    private Reply unfreeze(Context ctx) {
        Caller caller = admin(ctx);
        return api.<Wallet>keyed(ctx, request -> useCases.setWalletFrozen().execute(new SetWalletFrozen.Command(caller,
                        userId(ctx), false, null, request)),
                wallet -> Reply.ok("Wallet unfrozen", AdminJson.walletState(wallet)));
    }

    private Reply verifyLedger(Context ctx) {
        var check = useCases.verifyLedger().execute(new VerifyLedger.Query(admin(ctx)));
        return Reply.ok(check.balanced() ? "Ledger is balanced" : "Ledger has discrepancies", AdminJson.ledger(check));
    }

    private Reply listUsers(Context ctx) {
        Caller caller = admin(ctx);
        var page = useCases.listUsers().execute(new ListUsers.Query(caller, ctx.queryParam("email"), Queries.page(ctx)));
        return Reply.ok("Users retrieved successfully", AdminJson.users(page));
    }

    private Reply ledgerBalances(Context ctx) {
        var balances = useCases.getPlatformBalances().execute(new GetPlatformBalances.Query(admin(ctx)));
        return Reply.ok("Ledger balances retrieved successfully", AdminJson.balances(balances));
    }

    private Reply ledgerTransfers(Context ctx) {
        Caller caller = admin(ctx);
        var page = useCases.listLedgerTransfers().execute(new ListLedgerTransfers.Query(caller, Queries.page(ctx)));
        return Reply.ok("Ledger transfers retrieved successfully", AdminJson.transfers(page));
    }

    /** Every admin route refuses non-admins before it reads anything else of the request, path ids included. */
    private static Caller admin(Context ctx) {
        return Authentication.caller(ctx).requireAdmin();
    }

    private static CompletionRequestId completionRequestId(Context ctx) {
        return PathIds.of(ctx, "id", "Completion request", CompletionRequestId::new);
    }

    private static WithdrawalId withdrawalId(Context ctx) {
        return PathIds.of(ctx, "id", "Withdrawal", WithdrawalId::new);
    }

    private static UserId userId(Context ctx) {
        return PathIds.of(ctx, "userId", "User", UserId::new);
    }
}
