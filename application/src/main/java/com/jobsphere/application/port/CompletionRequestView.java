package com.jobsphere.application.port;

import com.jobsphere.domain.job.CompletionRequest;
import com.jobsphere.domain.money.Money;
import java.util.Objects;

/**
 * A completion request as an admin reviews it: the job's title, its customer and contractor, and the payout an
 * approval would make (null if the job has no accepted offer any more).
 */
public record CompletionRequestView(CompletionRequest request, String jobTitle, Party customer, Party contractor,
        Money contractorPayout) {
    public CompletionRequestView {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(jobTitle, "jobTitle");
        Objects.requireNonNull(customer, "customer");
    }
}
