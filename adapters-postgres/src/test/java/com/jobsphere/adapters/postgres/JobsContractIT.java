package com.jobsphere.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.domain.job.Job;
import com.jobsphere.domain.job.JobStatus;

class JobsContractIT {
    private static final PageRequest FIRST_TWENTY = new PageRequest(1, 20);

    @ContractTest
    void aJobKeepsEveryFieldThroughItsLife(Backend backend) {
        Seed.Deal deal = backend.transaction(Seed::deal);
        Job assigned = Seed.job(deal.job(), deal.customer(), Seed.T0).assign(deal.contractor(), "offer-1", Seed.at(10));
        Job cancelled = assigned.start(Seed.at(20)).cancel("Requirements changed", Seed.at(30));

        backend.run(stores -> stores.jobs().save(cancelled));

        backend.run(stores -> {
            assertThat(stores.jobs().byId(deal.job())).contains(cancelled);
            assertThat(stores.jobs().lock(deal.job())).contains(cancelled);
            assertThat(stores.jobs().byId("nothing")).isEmpty();
        });
    }

    @ContractTest
    void aCustomerSeesOnlyTheirOwnJobsNewestFirst(Backend backend) {
        backend.run(stores -> {
            Seed.customer(stores, "customer");
            Seed.customer(stores, "neighbour");
            stores.jobs().add(Seed.job("job-1", "customer", Seed.at(1)));
            stores.jobs().add(Seed.job("job-2", "neighbour", Seed.at(2)));
            stores.jobs().add(Seed.job("job-3", "customer", Seed.at(3)));
        });

        Page<Job> mine = backend.transaction(stores -> stores.jobs().list("customer", null, null, FIRST_TWENTY));

        assertThat(mine.items()).extracting(Job::id).containsExactly("job-3", "job-1");
        assertThat(mine.total()).isEqualTo(2);
    }

    @ContractTest
    void aContractorSeesOpenJobsAndTheJobsAssignedToThem(Backend backend) {
        backend.run(stores -> {
            Seed.customer(stores, "customer");
            Seed.contractor(stores, "contractor");
            Seed.contractor(stores, "rival");
            stores.jobs().add(Seed.job("open", "customer", Seed.at(1)));
            stores.jobs().add(Seed.job("mine", "customer", Seed.at(2)).assign("contractor", "offer-1", Seed.at(5)));
            stores.jobs().add(Seed.job("theirs", "customer", Seed.at(3)).assign("rival", "offer-2", Seed.at(5)));
        });

        Page<Job> visible = backend.transaction(stores -> stores.jobs().list(null, "contractor", null, FIRST_TWENTY));
        Page<Job> all = backend.transaction(stores -> stores.jobs().list(null, null, null, FIRST_TWENTY));

        assertThat(visible.items()).extracting(Job::id).containsExactly("mine", "open");
        assertThat(all.items()).extracting(Job::id).containsExactly("theirs", "mine", "open");
    }

    @ContractTest
    void jobsAreFilteredByStatusAndPaged(Backend backend) {
        backend.run(stores -> {
            Seed.customer(stores, "customer");
            Seed.contractor(stores, "contractor");
            for (int index = 1; index <= 5; index++) {
                stores.jobs().add(Seed.job("open-" + index, "customer", Seed.at(index)));
            }
            stores.jobs().add(Seed.job("assigned", "customer", Seed.at(9)).assign("contractor", "offer-1", Seed.at(9)));
        });

        Page<Job> page = backend.transaction(stores ->
                stores.jobs().list("customer", null, JobStatus.OPEN, new PageRequest(2, 2)));

        assertThat(page.items()).extracting(Job::id).containsExactly("open-3", "open-2");
        assertThat(page.total()).isEqualTo(5);
    }

    @ContractTest
    void savingAJobThatWasNeverAddedIsAProgrammerError(Backend backend) {
        backend.run(stores -> Seed.customer(stores, "customer"));

        assertThatThrownBy(() -> backend.run(stores -> stores.jobs().save(Seed.job("ghost", "customer", Seed.T0))))
                .isInstanceOf(IllegalStateException.class);
    }

    @ContractTest
    void aJobOfAnUnknownCustomerIsAProgrammerError(Backend backend) {
        assertThatThrownBy(() -> backend.run(stores -> stores.jobs().add(Seed.job("orphan", "nobody", Seed.T0))))
                .isInstanceOf(IllegalStateException.class);
    }
}
