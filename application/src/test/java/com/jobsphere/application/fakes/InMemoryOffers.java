package com.jobsphere.application.fakes;

import com.jobsphere.application.port.Offers;
import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.offer.Offer;
import com.jobsphere.domain.offer.OfferStatus;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

final class InMemoryOffers implements Offers {
    static final String ONE_LIVE_OFFER = "This job already has an active offer";

    private final InMemoryState state;

    InMemoryOffers(InMemoryState state) {
        this.state = state;
    }

    @Override
    public void add(Offer offer) {
        InMemoryState.requireReference(state.jobs, offer.jobId(), "job");
        InMemoryState.requireReference(state.applications, offer.applicationId(), "application");
        InMemoryState.requireReference(state.users, offer.customerId(), "user");
        InMemoryState.requireReference(state.users, offer.contractorId(), "user");
        refuseSecondLiveOffer(offer);
        InMemoryState.insertNew(state.offers, offer.id(), offer, "offer");
    }

    @Override
    public Optional<Offer> byId(String id) {
        return Optional.ofNullable(state.offers.get(id));
    }

    @Override
    public Optional<Offer> lock(String id) {
        return byId(id);
    }

    /** An offer's terms never change; only its state does, as in the SQL store. */
    @Override
    public void save(Offer offer) {
        Offer stored = InMemoryState.existing(state.offers, offer.id(), "offer");
        refuseSecondLiveOffer(offer);
        state.offers.put(offer.id(), new Offer(stored.id(), stored.jobId(), stored.applicationId(), stored.customerId(),
                stored.contractorId(), stored.amount(), stored.feeSchedule(), stored.timeline(), stored.description(),
                offer.status(), stored.createdAt(), stored.expiresAt(), offer.acceptedAt(), offer.rejectedAt(),
                offer.rejectionReason(), offer.updatedAt()));
    }

    @Override
    public Optional<Offer> liveForJob(String jobId) {
        return state.offers.values().stream()
                .filter(offer -> offer.jobId().equals(jobId) && offer.status().isLive())
                .findFirst();
    }

    @Override
    public Optional<Offer> latestForApplication(String applicationId) {
        return state.offers.values().stream()
                .filter(offer -> offer.applicationId().equals(applicationId))
                .max(Comparator.comparing(Offer::createdAt).thenComparing(Offer::id));
    }

    @Override
    public List<String> pendingExpiredBy(Instant now, int limit) {
        return state.offers.values().stream()
                .filter(offer -> offer.status() == OfferStatus.PENDING && !offer.expiresAt().isAfter(now))
                .sorted(Comparator.comparing(Offer::expiresAt).thenComparing(Offer::id))
                .limit(limit)
                .map(Offer::id)
                .toList();
    }

    private void refuseSecondLiveOffer(Offer offer) {
        boolean anotherLive = offer.status().isLive() && state.offers.values().stream().anyMatch(existing ->
                existing.jobId().equals(offer.jobId()) && existing.status().isLive() && !existing.id().equals(offer.id()));
        if (anotherLive) {
            throw new BusinessRuleViolated(ONE_LIVE_OFFER);
        }
    }
}
