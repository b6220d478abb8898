package com.jobsphere.adapters.http;

import com.jobsphere.application.UseCases;
import com.jobsphere.domain.user.Caller;
import com.jobsphere.application.wallet.GetStripeStatus;
import com.jobsphere.application.wallet.GetWallet;
import com.jobsphere.application.wallet.ListTransactions;
import com.jobsphere.application.wallet.RequestWithdrawal;
import com.jobsphere.application.wallet.StartDeposit;
import com.jobsphere.application.wallet.StartStripeOnboarding;
import com.jobsphere.domain.wallet.TransactionType;
import com.jobsphere.domain.wallet.Withdrawal;
import io.javalin.http.Context;

/** {@code /api/wallet}: balance, deposits, withdrawals, Stripe Connect and the transaction history. */
final class WalletRoutes {
    private final UseCases useCases;
    private final Json json;
    private final Api api;

    WalletRoutes(UseCases useCases, Json json, Api api) {
        this.useCases = useCases;
        this.json = json;
        this.api = api;
    }

    void addTo() {
        api.getProvingCaller("/api/wallet", this::wallet);
        api.post("/api/wallet/deposit", this::deposit);
        api.post("/api/wallet/withdraw", this::withdraw);
        api.post("/api/wallet/stripe/onboard", this::onboard);
        api.get("/api/wallet/stripe/status", this::stripeStatus);
        api.get("/api/wallet/transactions", this::transactions);
    }

    private Reply wallet(Context ctx) {
        var summary = useCases.getWallet().execute(new GetWallet.Query(Authentication.claimed(ctx)));
        return Reply.ok("Wallet retrieved successfully", WalletJson.wallet(summary));
    }

    private Reply deposit(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        RequestBody body = json.readBody(ctx.body());
        return api.<StartDeposit.Result>keyed(ctx, request -> useCases.startDeposit().execute(new StartDeposit.Command(caller,
                        body.money("amount"), request)),
                result -> Reply.ok("Deposit initiated successfully", WalletJson.depositStarted(result)));
    }

    private Reply withdraw(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        RequestBody body = json.readBody(ctx.body());
        return api.<Withdrawal>keyed(ctx, request -> useCases.requestWithdrawal().execute(new RequestWithdrawal.Command(caller,
                        body.money("amount"), request)),
                withdrawal -> Reply.ok("Withdrawal request submitted", WalletJson.withdrawalSubmitted(withdrawal)));
    }

    private Reply onboard(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        return api.<String>keyed(ctx, request -> useCases.startStripeOnboarding().execute(
                        new StartStripeOnboarding.Command(caller, request)),
                url -> Reply.ok("Stripe onboarding link created", new WalletJson.OnboardingLink(url)));
    }

    private Reply stripeStatus(Context ctx) {
        var status = useCases.getStripeStatus().execute(new GetStripeStatus.Query(Authentication.caller(ctx)));
        return Reply.ok("Stripe status retrieved successfully", WalletJson.stripeStatus(status));
    }

    private Reply transactions(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        TransactionType type = Queries.optionalEnum(ctx, "type", TransactionType.class);
        var page = useCases.listTransactions().execute(new ListTransactions.Query(caller, type, Queries.page(ctx)));
        return Reply.ok("Transactions retrieved successfully", WalletJson.transactions(page));
    }
}
