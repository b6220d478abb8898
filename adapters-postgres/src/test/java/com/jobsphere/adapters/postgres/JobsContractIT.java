package com.jobsphere.adapters.postgres;

import static com.jobsphere.adapters.postgres.Seed.T0;
import static com.jobsphere.adapters.postgres.Seed.at;
import static com.jobsphere.adapters.postgres.Seed.party;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.application.port.JobDetails;
import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.domain.common.JobId;
import com.jobsphere.domain.common.UserId;
import com.jobsphere.domain.job.Job;
import com.jobsphere.domain.job.JobStatus;

/** Posting and reading jobs. A posted job changes only through its deal, and {@link DealsContractIT} checks that. */
class JobsContractIT {
    private static final PageRequest FIRST_TWENTY = new PageRequest(1, 20);

    @ContractTest
    void aPostedJobKeepsEveryFieldAndItsDetailsNameItsCustomer(Backend backend) {
        UserId customer = backend.transaction(stores -> Seed.customer(stores, "customer"));
        Job job = new Job(new JobId("job-1"), customer, "Paint the fence", "Two coats, white", Seed.OFFER_AMOUNT, null,
                null, JobStatus.OPEN, null, null, null, null, null, null, null, at(1), at(2));

        backend.run(stores -> stores.jobs().add(job));

        backend.unitOfWork().read(stores -> {
            assertThat(stores.jobs().byId(job.id())).contains(job);
            assertThat(stores.jobs().details(job.id())).contains(new JobDetails(job, party(customer), null));
            assertThat(stores.jobs().byId(new JobId("nothing"))).isEmpty();
            assertThat(stores.jobs().details(new JobId("nothing"))).isEmpty();
            return null;
        });
    }

    @ContractTest
    void anAssignedJobsDetailsNameItsContractorToo(Backend backend) {
        Seed.Applied applied = backend.transaction(stores -> Seed.applied(stores, ""));
        Seed.assigned(backend, applied, "offer-1", at(10));

        JobDetails details = backend.unitOfWork().read(stores -> stores.jobs().details(applied.job())).orElseThrow();

        assertThat(details.job().status()).isEqualTo(JobStatus.ASSIGNED);
        assertThat(details.postedBy()).isEqualTo(party(applied.customer()));
        assertThat(details.contractor()).isEqualTo(party(applied.contractor()));
    }

    @ContractTest
    void aCustomerSeesOnlyTheirOwnJobsNewestFirst(Backend backend) {
        UserId customer = backend.transaction(stores -> {
            UserId mine = Seed.customer(stores, "customer");
            UserId neighbour = Seed.customer(stores, "neighbour");
            stores.jobs().add(Seed.job("job-1", mine, at(1)));
            stores.jobs().add(Seed.job("job-2", neighbour, at(2)));
            stores.jobs().add(Seed.job("job-3", mine, at(3)));
            return mine;
        });

        Page<Job> mine = list(backend, customer, null, null, FIRST_TWENTY);

        assertThat(mine.items()).extracting(job -> job.id().value()).containsExactly("job-3", "job-1");
        assertThat(mine.total()).isEqualTo(2);
    }

    @ContractTest
    void aContractorSeesOpenJobsAndTheJobsAssignedToThem(Backend backend) {
        backend.transaction(stores -> Seed.applied(stores, "-open", at(1)));
        Seed.Applied mine = backend.transaction(stores -> Seed.applied(stores, "-mine", at(2)));
        Seed.Applied theirs = backend.transaction(stores -> Seed.applied(stores, "-theirs", at(3)));
        Seed.assigned(backend, mine, "offer-mine", at(10));
        Seed.assigned(backend, theirs, "offer-theirs", at(10));

        Page<Job> visible = list(backend, null, mine.contractor(), null, FIRST_TWENTY);
        Page<Job> all = list(backend, null, null, null, FIRST_TWENTY);

        assertThat(visible.items()).extracting(job -> job.id().value()).containsExactly("job-mine", "job-open");
        assertThat(all.items()).extracting(job -> job.id().value()).containsExactly("job-theirs", "job-mine", "job-open");
    }

    @ContractTest
    void jobsAreFilteredByStatusAndPaged(Backend backend) {
        UserId customer = backend.transaction(stores -> {
            UserId id = Seed.customer(stores, "customer");
            for (int index = 1; index <= 5; index++) {
                stores.jobs().add(Seed.job("open-" + index, id, at(index)));
            }
            return id;
        });
        Seed.Applied assigned = backend.transaction(stores -> Seed.applied(stores, "-assigned", at(9)));
        Seed.assigned(backend, assigned, "offer-1", at(10));

        Page<Job> open = list(backend, null, null, JobStatus.OPEN, new PageRequest(2, 2));
        Page<Job> mine = list(backend, customer, null, JobStatus.ASSIGNED, FIRST_TWENTY);

        assertThat(open.items()).extracting(job -> job.id().value()).containsExactly("open-3", "open-2");
        assertThat(open.total()).isEqualTo(5);
        assertThat(mine.items()).isEmpty();
        assertThat(mine.total()).isZero();
    }

    @ContractTest
    void aJobOfAnUnknownCustomerIsAProgrammerError(Backend backend) {
        assertThatThrownBy(() -> backend.run(stores -> stores.jobs().add(Seed.job("orphan", new UserId("nobody"), T0))))
                .isInstanceOf(IllegalStateException.class);
    }

    private static Page<Job> list(Backend backend, UserId customer, UserId contractor, JobStatus status, PageRequest page) {
        return backend.unitOfWork().read(stores -> stores.jobs().list(customer, contractor, status, page));
    }
}
