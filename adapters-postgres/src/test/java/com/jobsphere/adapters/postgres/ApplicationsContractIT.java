package com.jobsphere.adapters.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.job.ApplicationStatus;
import com.jobsphere.domain.job.JobApplication;

class ApplicationsContractIT {
    @ContractTest
    void aContractorAppliesOncePerJob(Backend backend) {
        Seed.Deal deal = backend.transaction(Seed::deal);

        assertThatThrownBy(() -> backend.run(stores -> stores.applications()
                .add(Seed.application("application-again", deal.job(), deal.contractor(), Seed.at(5)))))
                .isInstanceOf(BusinessRuleViolated.class)
                .hasMessage("You have already applied to this job");
        backend.run(stores -> assertThat(stores.applications().byJob(deal.job()))
                .extracting(JobApplication::id).containsExactly(deal.application()));
    }

    @ContractTest
    void aJobsApplicationsComeOldestFirstAndAContractorsNewestFirst(Backend backend) {
        backend.run(stores -> {
            Seed.customer(stores, "customer");
            Seed.contractor(stores, "ada");
            Seed.contractor(stores, "grace");
            stores.jobs().add(Seed.job("job-1", "customer", Seed.T0));
            stores.jobs().add(Seed.job("job-2", "customer", Seed.T0));
            stores.applications().add(Seed.application("ada-1", "job-1", "ada", Seed.at(1)));
            stores.applications().add(Seed.application("grace-1", "job-1", "grace", Seed.at(2)));
            stores.applications().add(Seed.application("ada-2", "job-2", "ada", Seed.at(3)));
        });

        backend.run(stores -> {
            assertThat(stores.applications().byJob("job-1")).extracting(JobApplication::id).containsExactly("ada-1", "grace-1");
            assertThat(stores.applications().byContractor("ada")).extracting(JobApplication::id).containsExactly("ada-2", "ada-1");
            assertThat(stores.applications().byJob("no-job")).isEmpty();
        });
    }

    @ContractTest
    void savingAnApplicationChangesItsStatus(Backend backend) {
        Seed.Deal deal = backend.transaction(Seed::deal);

        backend.run(stores -> {
            JobApplication application = stores.applications().lock(deal.application()).orElseThrow();
            stores.applications().save(application.moveTo(ApplicationStatus.OFFERED, Seed.at(7)));
        });

        JobApplication offered = backend.transaction(stores -> stores.applications().byId(deal.application()).orElseThrow());
        assertThat(offered.status()).isEqualTo(ApplicationStatus.OFFERED);
        assertThat(offered.updatedAt()).isEqualTo(Seed.at(7));
        assertThat(offered.createdAt()).isEqualTo(Seed.T0);
    }
}
