package com.jobsphere.application.fakes;

import com.jobsphere.application.port.ApplicationDetails;
import com.jobsphere.application.port.Applications;
import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.application.port.Party;
import com.jobsphere.domain.common.JobId;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.job.JobApplication;
import com.jobsphere.domain.offer.Offer;
import java.util.Comparator;

final class InMemoryApplications implements Applications {
    private static final Comparator<ApplicationDetails> OLDEST_FIRST = Comparator
            .comparing((ApplicationDetails details) -> details.application().createdAt())
            .thenComparing(details -> details.application().id().value());

    private final InMemoryState state;

    InMemoryApplications(InMemoryState state) {
        this.state = state;
    }

    @Override
    public Page<ApplicationDetails> ofJob(JobId jobId, PageRequest page) {
        return Pages.of(state.applications.values().stream()
                        .filter(application -> application.jobId().equals(jobId))
                        .map(application -> details(application, state.party(application.contractorId()))),
                OLDEST_FIRST, page);
    }

    @Override
    public Page<ApplicationDetails> ofContractor(UserId contractorId, PageRequest page) {
        return Pages.of(state.applications.values().stream()
                        .filter(application -> application.contractorId().equals(contractorId))
                        .map(application -> details(application, null)),
                OLDEST_FIRST.reversed(), page);
    }

    /** The application's current offer is the newest one made on it. */
    private ApplicationDetails details(JobApplication application, Party contractor) {
        Offer latest = state.offers.values().stream()
                .filter(offer -> offer.applicationId().equals(application.id()))
                .max(Comparator.comparing(Offer::createdAt).thenComparing(offer -> offer.id().value()))
                .orElse(null);
        return new ApplicationDetails(application, contractor, state.jobs.get(application.jobId()), latest);
    }
}
