package com.jobsphere.adapters.postgres;

import static com.jobsphere.adapters.postgres.Seed.at;
import static com.jobsphere.adapters.postgres.Seed.party;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.jobsphere.application.port.ApplicationDetails;
import com.jobsphere.application.port.Deals.DealKey;
import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.domain.common.ApplicationId;
import com.jobsphere.domain.common.JobId;
import com.jobsphere.domain.common.OfferId;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.job.Deal;

class ApplicationsContractIT {
    private static final PageRequest FIRST_TWENTY = new PageRequest(1, 20);

    /** An application's current offer is the newest made on it, live or not; an application without one has none. */
    @ContractTest
    void aJobsApplicationsComeOldestFirstWithTheirContractorJobAndCurrentOffer(Backend backend) {
        Seed.Applied applied = backend.transaction(stores -> Seed.applied(stores, "", at(1)));
        ApplicationId rival = Seed.applyAlso(backend, applied, "rival", at(2));
        OfferId first = new OfferId("offer-1");
        Seed.offer(backend, applied, first.value(), at(10));
        Seed.decide(backend, new DealKey.ByOffer(first), deal ->
                deal.rejectOffer(applied.asContractor(), first, "Too little", "refund-offer-1", at(11)));
        Deal deal = Seed.offer(backend, applied, "offer-2", at(12)).deal();

        Page<ApplicationDetails> page = backend.unitOfWork().read(stores ->
                stores.applications().ofJob(applied.job(), FIRST_TWENTY));

        assertThat(page.items()).containsExactly(
                new ApplicationDetails(deal.application(applied.application()), party(applied.contractor()), deal.job(),
                        deal.offer(new OfferId("offer-2"))),
                new ApplicationDetails(deal.application(rival), party(new UserId("rival")), deal.job(), null));
        assertThat(page.total()).isEqualTo(2);
    }

    @ContractTest
    void aContractorsApplicationsComeNewestFirstWithTheirJobs(Backend backend) {
        Seed.Applied applied = backend.transaction(stores -> Seed.applied(stores, "-1", at(1)));
        JobId other = new JobId("job-2");
        backend.run(stores -> {
            stores.jobs().add(Seed.job(other.value(), Seed.customer(stores, "customer-2"), at(2)));
            Seed.decide(stores, new DealKey.ByJob(other), deal ->
                    deal.apply(applied.asContractor(), new ApplicationId("application-2"), "Again", at(3)));
        });

        Page<ApplicationDetails> page = backend.unitOfWork().read(stores ->
                stores.applications().ofContractor(applied.contractor(), FIRST_TWENTY));

        assertThat(page.items()).extracting(details -> details.application().id().value(),
                        details -> details.job().id().value())
                .containsExactly(tuple("application-2", "job-2"),
                        tuple("application-1", "job-1"));
        assertThat(page.items()).allSatisfy(details -> {
            assertThat(details.contractor()).isNull();
            assertThat(details.offer()).isNull();
        });
        assertThat(page.total()).isEqualTo(2);
    }

    @ContractTest
    void applicationsArePagedAndAnUnknownJobOrContractorHasNone(Backend backend) {
        Seed.Applied applied = backend.transaction(stores -> Seed.applied(stores, "", at(1)));
        Seed.applyAlso(backend, applied, "second", at(2));
        ApplicationId third = Seed.applyAlso(backend, applied, "third", at(3));

        backend.unitOfWork().read(stores -> {
            Page<ApplicationDetails> last = stores.applications().ofJob(applied.job(), new PageRequest(2, 2));
            assertThat(last.items()).extracting(details -> details.application().id()).containsExactly(third);
            assertThat(last.total()).isEqualTo(3);
            assertThat(stores.applications().ofJob(new JobId("nothing"), FIRST_TWENTY).items()).isEmpty();
            assertThat(stores.applications().ofContractor(new UserId("nobody"), FIRST_TWENTY).total()).isZero();
            return null;
        });
    }
}
