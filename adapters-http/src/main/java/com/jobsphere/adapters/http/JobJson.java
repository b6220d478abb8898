package com.jobsphere.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.jobsphere.application.port.ApplicationDetails;
import com.jobsphere.application.port.JobDetails;
import com.jobsphere.application.job.CancelJob;
import com.jobsphere.application.port.Page;
import com.jobsphere.domain.common.WireNames;
import com.jobsphere.domain.job.CompletionRequest;
import com.jobsphere.domain.job.Job;
import com.jobsphere.domain.job.JobApplication;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The response bodies of jobs and applications. */
final class JobJson {
    static final String COMPLETION_REVIEW = "Admin will review and approve completion";

    private JobJson() {
    }

    /**
     * A job. {@code postedBy} and {@code contractorId} are id strings, except in {@code GET /api/job/:id}
     * where they are populated {@code {_id, name, email}} (the contractor is null while unassigned).
     */
    record JobBody(@JsonProperty("_id") String id, String title, String description, BigDecimal budget,
            String status, Object postedBy, Object contractorId, String offerId, String category, String location,
            Instant assignedAt, Instant startedAt, Instant completedAt, Instant cancelledAt,
            String cancellationReason, Instant createdAt, Instant updatedAt) {
    }

    record JobPagination(int currentPage, long totalPages, long totalJobs, int limit) {
    }

    record JobsPage(List<JobBody> jobs, JobPagination pagination) {
    }

    record ApplicationBody(@JsonProperty("_id") String id, String job, String contractor, String message,
            String status, Instant createdAt) {
    }

    /** An application as its job's customer sees it: the contractor populated, the current offer or null. */
    record JobApplicationItem(@JsonProperty("_id") String id, PartyJson contractor, String message, String status,
            OfferJson.OfferBody offer, Instant createdAt) {
    }

    record ApplicationPagination(int currentPage, long totalPages, long totalApplications, int limit) {
        static ApplicationPagination of(Page<?> page) {
            return new ApplicationPagination(page.request().page(), page.totalPages(), page.total(),
                    page.request().limit());
        }
    }

    record JobApplications(List<JobApplicationItem> applications, ApplicationPagination pagination) {
    }

    record JobSummary(@JsonProperty("_id") String id, String title, String status) {
    }

    /** An application as its contractor sees it: its job summarized, the current offer or null. */
    record MyApplicationItem(@JsonProperty("_id") String id, JobSummary job, String contractor, String message,
            String status, OfferJson.OfferBody offer, Instant createdAt) {
    }

    record MyApplications(List<MyApplicationItem> applications, ApplicationPagination pagination) {
    }

    record CompletionRequestBody(@JsonProperty("_id") String id, String job, String requestedBy, String status,
            Instant requestedAt,
            @JsonInclude(JsonInclude.Include.NON_NULL) Instant resolvedAt,
            @JsonInclude(JsonInclude.Include.NON_NULL) String rejectionReason) {
    }

    record CompletionSubmitted(CompletionRequestBody completionRequest, String message) {
    }

    record Cancelled(JobBody job, BigDecimal refundAmount) {
    }

    static JobBody job(Job job) {
        return body(job, job.customerId().value(), job.contractorId() == null ? null : job.contractorId().value());
    }

    static JobBody populated(JobDetails details) {
        return body(details.job(), PartyJson.of(details.postedBy()), PartyJson.of(details.contractor()));
    }

    private static JobBody body(Job job, Object postedBy, Object contractor) {
        return new JobBody(job.id().value(), job.title(), job.description(), job.budget().toDecimal(),
                WireNames.of(job.status()), postedBy, contractor, Wire.id(job.offerId()), job.category(), job.location(),
                job.assignedAt(), job.startedAt(), job.completedAt(), job.cancelledAt(), job.cancellationReason(),
                job.createdAt(), job.updatedAt());
    }

    static JobsPage page(Page<Job> page) {
        return new JobsPage(page.items().stream().map(JobJson::job).toList(),
                new JobPagination(page.request().page(), page.totalPages(), page.total(), page.request().limit()));
    }

    static ApplicationBody application(JobApplication application) {
        return new ApplicationBody(application.id().value(), application.jobId().value(),
                application.contractorId().value(),
                application.message(), WireNames.of(application.status()), application.createdAt());
    }

    static JobApplications applicationsOfJob(Page<ApplicationDetails> page) {
        return new JobApplications(page.items().stream().map(item -> new JobApplicationItem(
                item.application().id().value(), PartyJson.of(item.contractor()), item.application().message(),
                WireNames.of(item.application().status()), OfferJson.offerOrNull(item.offer()),
                item.application().createdAt())).toList(), ApplicationPagination.of(page));
    }

    static MyApplications applicationsOfContractor(Page<ApplicationDetails> page) {
        return new MyApplications(page.items().stream().map(item -> new MyApplicationItem(
                item.application().id().value(),
                new JobSummary(item.job().id().value(), item.job().title(), WireNames.of(item.job().status())),
                item.application().contractorId().value(), item.application().message(),
                WireNames.of(item.application().status()), OfferJson.offerOrNull(item.offer()),
                item.application().createdAt())).toList(), ApplicationPagination.of(page));
    }

    static CompletionRequestBody completionRequest(CompletionRequest request) {
        return new CompletionRequestBody(request.id().value(), request.jobId().value(), request.requestedBy().value(),
                WireNames.of(request.status()), request.requestedAt(), request.resolvedAt(), request.rejectionReason());
    }

    static CompletionSubmitted completionSubmitted(CompletionRequest request) {
        return new CompletionSubmitted(completionRequest(request), COMPLETION_REVIEW);
    }

    static Cancelled cancelled(CancelJob.Result cancelled) {
        return new Cancelled(job(cancelled.job()), cancelled.refundAmount().toDecimal());
    }
}
