package com.jobsphere.adapters.http;

import com.jobsphere.application.UseCases;
import com.jobsphere.application.auth.ClaimedCaller;
import com.jobsphere.application.offer.AcceptOffer;
import com.jobsphere.application.offer.GetOffer;
import com.jobsphere.application.offer.RejectOffer;
import com.jobsphere.application.offer.SendOffer;
import com.jobsphere.domain.user.Caller;
import com.jobsphere.domain.common.ApplicationId;
import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.common.OfferId;
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
        api.postProvingCaller("/api/job-request/offer/{offerId}/accept", this::accept);
        api.post("/api/job-request/offer/{offerId}/reject", this::reject);
        api.get("/api/job-request/offer/{offerId}", this::get);
    }

    private Reply send(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        RequestBody body = json.readBody(ctx.body());
        return api.<Offer>keyed(ctx, request -> useCases.sendOffer().execute(new SendOffer.Command(caller,
                        PathIds.of(ctx, "applicationId", "Application", ApplicationId::new), body.money("amount"), body.text("timeline"),
                        body.text("description"), request)),
                offer -> Reply.created("Offer sent successfully", OfferJson.sent(offer)));
    }

    private Reply accept(Context ctx) {
        ClaimedCaller caller = Authentication.claimed(ctx);
        return api.keyed(ctx, request -> useCases.acceptOffer().execute(new AcceptOffer.Command(caller,
                offerId(ctx), request)), OfferRoutes::accepted);
    }

    private static OfferId offerId(Context ctx) {
        return PathIds.of(ctx, "offerId", "Offer", OfferId::new);
    }

    /** An offer found past its expiry was marked expired, which commits; the caller is told so with a 400. */
    private static Reply accepted(AcceptOffer.Result result) {
        if (result instanceof AcceptOffer.Result.Accepted accepted) {
            return Reply.ok("Offer accepted successfully", OfferJson.accepted(accepted));
        }
        return Reply.refusal(new BusinessRuleViolated(((AcceptOffer.Result.Expired) result).message()));
    }

    private static Reply rejected(RejectOffer.Result result) {
        if (result instanceof RejectOffer.Result.Rejected rejected) {
            return Reply.ok("Offer rejected successfully", OfferJson.rejected(rejected));
        }
        return Reply.refusal(new BusinessRuleViolated(((RejectOffer.Result.Expired) result).message()));
    }

    private Reply reject(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        RequestBody body = json.readBody(ctx.body());
        return api.keyed(ctx, request -> useCases.rejectOffer().execute(new RejectOffer.Command(caller,
                offerId(ctx), body.text("reason"), request)), OfferRoutes::rejected);
    }

    private Reply get(Context ctx) {
        var offer = useCases.getOffer().execute(new GetOffer.Query(Authentication.caller(ctx), offerId(ctx)));
        return Reply.ok("Offer retrieved successfully", OfferJson.offer(offer));
    }
}
