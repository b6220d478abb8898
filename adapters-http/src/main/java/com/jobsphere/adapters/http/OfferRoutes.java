package com.jobsphere.adapters.http;

import com.jobsphere.application.UseCases;
import com.jobsphere.application.offer.AcceptOffer;
import com.jobsphere.application.offer.RejectOffer;
import com.jobsphere.application.offer.SendOffer;
import com.jobsphere.application.port.Caller;
import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.offer.Offer;
import io.javalin.http.Context;

/** Offers, under {@code /api/job-request} as in the reference. */
final class OfferRoutes {
    private final UseCases useCases;
    private final Json json;
    private final Api api;

    OfferRoutes(UseCases useCases, Json json, Api api) {
        this.useCases = useCases;
        this.json = json;
        this.api = api;
    }

    void addTo() {
        api.post("/api/job-request/{applicationId}/send-offer", this::send);
        api.post("/api/job-request/offer/{offerId}/accept", this::accept);
        api.post("/api/job-request/offer/{offerId}/reject", this::reject);
        api.get("/api/job-request/offer/{offerId}", this::get);
    }

    private Reply send(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        RequestBody body = json.readBody(ctx.body());
        return api.<Offer>keyed(ctx, request -> useCases.sendOffer().execute(new SendOffer.Command(caller,
                        ctx.pathParam("applicationId"), body.money("amount"), body.text("timeline"),
                        body.text("description"), request)),
                offer -> Reply.created("Offer sent successfully", OfferJson.sent(offer)));
    }

    private Reply accept(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        return api.keyed(ctx, request -> useCases.acceptOffer().execute(new AcceptOffer.Command(caller,
                ctx.pathParam("offerId"), request)), OfferRoutes::accepted);
    }

    /** An offer found past its expiry was marked expired, which commits; the caller is told so with a 400. */
    private static Reply accepted(AcceptOffer.Result result) {
        if (result instanceof AcceptOffer.Result.Accepted accepted) {
            return Reply.ok("Offer accepted successfully", OfferJson.accepted(accepted));
        }
        return Reply.refusal(new BusinessRuleViolated(AcceptOffer.Result.Expired.MESSAGE));
    }

    private Reply reject(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        RequestBody body = json.readBody(ctx.body());
        return api.<RejectOffer.Result>keyed(ctx, request -> useCases.rejectOffer().execute(new RejectOffer.Command(caller,
                        ctx.pathParam("offerId"), body.text("reason"), request)),
                result -> Reply.ok("Offer rejected successfully", OfferJson.rejected(result)));
    }

    private Reply get(Context ctx) {
        var offer = useCases.getOffer().execute(Authentication.caller(ctx), ctx.pathParam("offerId"));
        return Reply.ok("Offer retrieved successfully", OfferJson.offer(offer));
    }
}
