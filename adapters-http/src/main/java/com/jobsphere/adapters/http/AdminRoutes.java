package com.jobsphere.adapters.http;

import com.jobsphere.application.UseCases;
import com.jobsphere.application.port.Caller;
import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.job.CompletionRequestStatus;
import com.jobsphere.domain.wallet.Withdrawal;
import com.jobsphere.domain.wallet.WithdrawalStatus;
import io.javalin.http.Context;

/** {@code /api/admin}: completion requests, withdrawals, freezing and the ledger check. The use cases require the admin role. */
final class AdminRoutes {
    private final UseCases useCases;
    private final Json json;

    AdminRoutes(UseCases useCases, Json json) {
        this.useCases = useCases;
        this.json = json;
    }

    void addTo(Api api) {
        api.get("/api/admin/completion-requests", this::listCompletionRequests);
        api.post("/api/admin/completion-requests/{id}/approve", this::approveCompletion);
        api.post("/api/admin/completion-requests/{id}/reject", this::rejectCompletion);
        api.get("/api/admin/withdrawals", this::listWithdrawals);
        api.post("/api/admin/withdrawals/{id}/approve", this::approveWithdrawal);
        api.post("/api/admin/withdrawals/{id}/reject", this::rejectWithdrawal);
        api.post("/api/admin/users/{userId}/freeze", this::freeze);
        api.post("/api/admin/users/{userId}/unfreeze", this::unfreeze);
        api.get("/api/admin/ledger/verify", this::verifyLedger);
    }

    private Reply listCompletionRequests(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        CompletionRequestStatus status = Queries.optionalEnum(ctx, "status", CompletionRequestStatus.class);
        var page = useCases.listCompletionRequests().execute(caller, status, Queries.page(ctx));
        return Reply.ok("Completion requests retrieved successfully", AdminJson.completionRequests(page));
    }

    private Reply approveCompletion(Context ctx) {
        var result = useCases.approveCompletion().execute(Authentication.caller(ctx), ctx.pathParam("id"));
        return Reply.ok("Job completion approved", AdminJson.completionApproved(result));
    }

    private Reply rejectCompletion(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        RequestBody body = json.readBody(ctx.body());
        var request = useCases.rejectCompletion().execute(caller, ctx.pathParam("id"), body.text("reason"));
        return Reply.ok("Job completion rejected", new AdminJson.CompletionRejected(JobJson.completionRequest(request)));
    }

    private Reply listWithdrawals(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        WithdrawalStatus status = Queries.optionalEnum(ctx, "status", WithdrawalStatus.class);
        var page = useCases.listWithdrawals().execute(caller, status, Queries.page(ctx));
        return Reply.ok("Withdrawals retrieved successfully", AdminJson.withdrawals(page));
    }

    /**
     * A transfer the provider refused is not a success: the withdrawal is recorded as failed and its
     * funds returned, and the admin is told so with a 400 rather than a 200.
     */
    private Reply approveWithdrawal(Context ctx) {
        Withdrawal withdrawal = useCases.approveWithdrawal().execute(Authentication.caller(ctx), ctx.pathParam("id"));
        if (withdrawal.status() == WithdrawalStatus.FAILED) {
            throw new BusinessRuleViolated("Transfer refused by the payment provider: " + withdrawal.failureReason()
                    + ". The funds were returned to the wallet.");
        }
        return Reply.ok("Withdrawal approved and paid out", new AdminJson.WithdrawalDecision(WalletJson.withdrawal(withdrawal)));
    }

    private Reply rejectWithdrawal(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        RequestBody body = json.readBody(ctx.body());
        var withdrawal = useCases.rejectWithdrawal().execute(caller, ctx.pathParam("id"), body.text("reason"));
        return Reply.ok("Withdrawal rejected", new AdminJson.WithdrawalDecision(WalletJson.withdrawal(withdrawal)));
    }

    private Reply freeze(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        RequestBody body = json.readBody(ctx.body());
        var wallet = useCases.setWalletFrozen().freeze(caller, ctx.pathParam("userId"), body.text("reason"));
        return Reply.ok("Wallet frozen", AdminJson.walletState(wallet));
    }

    private Reply unfreeze(Context ctx) {
        var wallet = useCases.setWalletFrozen().unfreeze(Authentication.caller(ctx), ctx.pathParam("userId"));
        return Reply.ok("Wallet unfrozen", AdminJson.walletState(wallet));
    }

    private Reply verifyLedger(Context ctx) {
        var check = useCases.verifyLedger().execute(Authentication.caller(ctx));
        return Reply.ok(check.balanced() ? "Ledger is balanced" : "Ledger has discrepancies", AdminJson.ledger(check));
    }
}
