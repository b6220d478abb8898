package com.jobsphere.adapters.http;

import com.jobsphere.application.UseCases;
import com.jobsphere.application.port.DevGatewayStore;
import com.jobsphere.application.port.GatewayEvent;
import com.jobsphere.application.wallet.ApplyPaymentEvent;
import com.jobsphere.domain.common.DepositId;
import com.jobsphere.domain.money.Money;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.util.Optional;

/**
 * The pages of the {@link DevPaymentGateway}. Paying or cancelling produces the same event a verified
 * Stripe webhook would, and goes through the same use case; so does enabling payouts. These pages need
 * no access token and take no Idempotency-Key: a repeated event id is applied once by the use case.
 */
final class DevGatewayRoutes {
    private static final String CHECKOUT = "/dev/checkout/";
    private static final String CONNECT = "/dev/connect/";

    private final UseCases useCases;
    private final DevPaymentGateway gateway;

    DevGatewayRoutes(UseCases useCases, DevPaymentGateway gateway) {
        this.useCases = useCases;
        this.gateway = gateway;
    }

    void addTo(JavalinConfig config) {
        config.routes.get(CHECKOUT + "{sessionId}", this::checkoutPage);
        config.routes.post(CHECKOUT + "{sessionId}/pay", this::pay);
        config.routes.post(CHECKOUT + "{sessionId}/cancel", this::cancel);
        config.routes.get(CONNECT + "{accountId}", this::connectPage);
        config.routes.post(CONNECT + "{accountId}/enable", this::enablePayouts);
    }

    private void checkoutPage(Context ctx) {
        sessionOrNotFound(ctx).ifPresent(session -> {
            String amount = Money.ofCents(session.amountCents()).toPlainString() + " USD";
            Responses.html(ctx, 200, Html.page("Checkout",
                    Html.paragraph("Deposit to your JobSphere wallet: " + amount)
                            + Html.button(CHECKOUT + session.sessionId() + "/pay", "Pay " + amount)
                            + Html.button(CHECKOUT + session.sessionId() + "/cancel", "Cancel")));
        });
    }

    /**
     * The session is marked paid first, as a provider records a payment before it tells anyone: if the process
     * dies before the event is applied, the janitor finds the paid session and credits the deposit.
     */
    private void pay(Context ctx) {
        sessionOrNotFound(ctx).ifPresent(session -> {
            gateway.close(session.sessionId(), DevGatewayStore.Session.State.PAID);
            ApplyPaymentEvent.Outcome outcome = useCases.applyPaymentEvent().execute(new GatewayEvent.DepositPaid(
                    "evt_dev_pay_" + session.sessionId(), session.sessionId(), new DepositId(session.depositId()),
                    session.amountCents()));
            String amount = Money.ofCents(session.amountCents()).toPlainString();
            String result = switch (outcome) {
                case APPLIED -> "Payment received: " + amount + " USD was added to your wallet.";
                case DUPLICATE -> "This checkout was already completed or cancelled; nothing changed.";
                case IGNORED, REFUSED -> "The payment could not be applied to a pending deposit; nothing was credited.";
            };
            finished(ctx, "Checkout", result);
        });
    }

    private void cancel(Context ctx) {
        sessionOrNotFound(ctx).ifPresent(session -> {
            if (!gateway.close(session.sessionId(), DevGatewayStore.Session.State.EXPIRED)
                    && session.state() == DevGatewayStore.Session.State.PAID) {
                finished(ctx, "Checkout", "This checkout was already paid; nothing changed.");
                return;
            }
            useCases.applyPaymentEvent().execute(new GatewayEvent.DepositFailed("evt_dev_cancel_" + session.sessionId(),
                    session.sessionId(), new DepositId(session.depositId())));
            finished(ctx, "Checkout", "Payment cancelled; nothing was charged.");
        });
    }

    private Optional<DevGatewayStore.Session> sessionOrNotFound(Context ctx) {
        Optional<DevGatewayStore.Session> found = gateway.session(ctx.pathParam("sessionId"));
        if (found.isEmpty()) {
            notFound(ctx, "Checkout session not found");
        }
        return found;
    }

    private void connectPage(Context ctx) {
        String accountId = ctx.pathParam("accountId");
        var found = gateway.account(accountId);
        if (found.isEmpty()) {
            notFound(ctx, "Connected account not found");
            return;
        }
        String state = found.get().payoutsEnabled() ? "Payouts are enabled for this account."
                : "Payouts are not enabled yet for this account.";
        Responses.html(ctx, 200, Html.page("Payout account setup",
                Html.paragraph("Account " + accountId) + Html.paragraph(state)
                        + Html.button(CONNECT + accountId + "/enable", "Enable payouts")));
    }

    private void enablePayouts(Context ctx) {
        String accountId = ctx.pathParam("accountId");
        if (!gateway.enablePayouts(accountId)) {
            notFound(ctx, "Connected account not found");
            return;
        }
        useCases.applyPaymentEvent().execute(new GatewayEvent.AccountUpdated(gateway.newEventId("account"), accountId,
                true, true));
        finished(ctx, "Payout account setup", "Payouts enabled.");
    }

    private static void finished(Context ctx, String title, String result) {
        Responses.html(ctx, 200, Html.page(title, Html.paragraph(result)
                + Html.paragraph("You can close this page and return to the app.")));
    }

    private static void notFound(Context ctx, String message) {
        Responses.html(ctx, 404, Html.page("Not found", Html.paragraph(message)));
    }
}
