package com.jobsphere.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.jobsphere.application.offer.AcceptOffer;
import com.jobsphere.application.offer.RejectOffer;
import com.jobsphere.domain.common.WireNames;
import com.jobsphere.domain.money.Fees;
import com.jobsphere.domain.offer.Offer;
import java.math.BigDecimal;
import java.time.Instant;

/** The response bodies of offers. Every figure is the offer's own, from the fee rates stored with it. */
final class OfferJson {
    private OfferJson() {
    }

    record OfferBody(@JsonProperty("_id") String id, String job, String customer, String contractor,
            String application, BigDecimal amount, BigDecimal platformFee, BigDecimal serviceFee,
            BigDecimal contractorPayout, BigDecimal totalCharge, String timeline, String description, String status,
            Instant expiresAt, Instant createdAt,
            @JsonInclude(JsonInclude.Include.NON_NULL) Instant acceptedAt,
            @JsonInclude(JsonInclude.Include.NON_NULL) Instant rejectedAt,
            @JsonInclude(JsonInclude.Include.NON_NULL) String rejectionReason) {
    }

    record Commissions(BigDecimal platformFee, BigDecimal serviceFee, BigDecimal contractorPayout,
            BigDecimal totalCharge, BigDecimal adminCommission) {
    }

    record Sent(OfferBody offer, Commissions commissions) {
    }

    record Payment(BigDecimal customerCharged, BigDecimal contractorWillReceive, BigDecimal platformCommission) {
    }

    record Accepted(OfferBody offer, JobJson.JobBody job, Payment payment) {
    }

    record Rejected(OfferBody offer, BigDecimal refundAmount) {
    }

    static OfferBody offer(Offer offer) {
        Fees fees = offer.fees();
        return new OfferBody(offer.id().value(), offer.jobId().value(), offer.customerId().value(),
                offer.contractorId().value(), offer.applicationId().value(), fees.amount().toDecimal(), fees.platformFee().toDecimal(),
                fees.serviceFee().toDecimal(), fees.contractorPayout().toDecimal(), fees.totalCharge().toDecimal(),
                offer.timeline(), offer.description(), WireNames.of(offer.status()), offer.expiresAt(),
                offer.createdAt(), offer.acceptedAt(), offer.rejectedAt(), offer.rejectionReason());
    }

    static OfferBody offerOrNull(Offer offer) {
        return offer == null ? null : offer(offer);
    }

    static Sent sent(Offer offer) {
        Fees fees = offer.fees();
        return new Sent(offer(offer), new Commissions(fees.platformFee().toDecimal(), fees.serviceFee().toDecimal(),
                fees.contractorPayout().toDecimal(), fees.totalCharge().toDecimal(), fees.adminCommission().toDecimal()));
    }

    static Accepted accepted(AcceptOffer.Result.Accepted result) {
        Fees fees = result.offer().fees();
        return new Accepted(offer(result.offer()), JobJson.job(result.job()), new Payment(
                fees.totalCharge().toDecimal(), fees.contractorPayout().toDecimal(), fees.adminCommission().toDecimal()));
    }

    static Rejected rejected(RejectOffer.Result.Rejected result) {
        return new Rejected(offer(result.offer()), result.refundAmount().toDecimal());
    }
}
