package com.jobsphere.adapters.http;

import com.jobsphere.application.UseCases;
import com.jobsphere.application.offer.SendOffer;
import com.jobsphere.application.port.Caller;
import io.javalin.http.Context;

/** Offers, under {@code /api/job-request} as in the reference. */
final class OfferRoutes {
    private final UseCases useCases;
    private final Json json;

    OfferRoutes(UseCases useCases, Json json) {
        this.useCases = useCases;
        this.json = json;
    }

    void addTo(Api api) {
        api.post("/api/job-request/{applicationId}/send-offer", this::send);
        api.post("/api/job-request/offer/{offerId}/accept", this::accept);
        api.post("/api/job-request/offer/{offerId}/reject", this::reject);
        api.get("/api/job-request/offer/{offerId}", this::get);
    }

    private Reply send(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        RequestBody body = json.readBody(ctx.body());
        var offer = useCases.sendOffer().execute(new SendOffer.Command(caller, ctx.pathParam("applicationId"),
                body.money("amount"), body.text("timeline"), body.text("description")));
        return Reply.created("Offer sent successfully", OfferJson.sent(offer));
    }

    private Reply accept(Context ctx) {
        var result = useCases.acceptOffer().execute(Authentication.caller(ctx), ctx.pathParam("offerId"));
        return Reply.ok("Offer accepted successfully", OfferJson.accepted(result));
    }

    private Reply reject(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        RequestBody body = json.readBody(ctx.body());
        var result = useCases.rejectOffer().execute(caller, ctx.pathParam("offerId"), body.text("reason"));
        return Reply.ok("Offer rejected successfully", OfferJson.rejected(result));
    }

    private Reply get(Context ctx) {
        var offer = useCases.getOffer().execute(Authentication.caller(ctx), ctx.pathParam("offerId"));
        return Reply.ok("Offer retrieved successfully", OfferJson.offer(offer));
    }
}
