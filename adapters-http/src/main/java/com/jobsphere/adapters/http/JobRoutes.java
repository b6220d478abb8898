package com.jobsphere.adapters.http;

import com.jobsphere.application.UseCases;
import com.jobsphere.application.job.ApplyToJob;
import com.jobsphere.application.job.CancelJob;
import com.jobsphere.application.job.ChangeJobStatus;
import com.jobsphere.application.job.GetJob;
import com.jobsphere.application.job.ListJobApplications;
import com.jobsphere.application.job.ListJobs;
import com.jobsphere.application.job.ListMyApplications;
import com.jobsphere.application.job.PostJob;
import com.jobsphere.application.job.RequestCompletion;
import com.jobsphere.domain.common.JobId;
import com.jobsphere.domain.user.Caller;
import com.jobsphere.domain.job.JobStatus;
import com.jobsphere.domain.job.Job;
import com.jobsphere.domain.job.CompletionRequest;
import com.jobsphere.domain.job.JobApplication;
import io.javalin.http.Context;

/** {@code /api/job} and the contractor's own applications. */
final class JobRoutes {
    private final UseCases useCases;
    private final Json json;
    private final Api api;

    JobRoutes(UseCases useCases, Json json, Api api) {
        this.useCases = useCases;
        this.json = json;
        this.api = api;
    }

    void addTo() {
        api.post("/api/job", this::postJob);
        api.get("/api/job", this::listJobs);
        api.get("/api/job/{id}", this::getJob);
        api.patch("/api/job/{id}/status", this::changeStatus);
        api.post("/api/job/{id}/complete", this::requestCompletion);
        api.post("/api/job/{id}/cancel", this::cancel);
        api.post("/api/job/{id}/apply", this::apply);
        api.get("/api/job/{id}/applications", this::listApplications);
        api.get("/api/job-request/my-applications", this::listMyApplications);
    }

    private Reply postJob(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        RequestBody body = json.readBody(ctx.body());
        return api.<Job>keyed(ctx, request -> useCases.postJob().execute(new PostJob.Command(caller, body.text("title"),
                        body.text("description"), body.money("budget"), body.text("category"), body.text("location"),
                        request)),
                job -> Reply.created("Job created successfully", JobJson.job(job)));
    }

    private Reply listJobs(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        JobStatus status = Queries.optionalEnum(ctx, "status", JobStatus.class);
        var page = useCases.listJobs().execute(new ListJobs.Query(caller, status, Queries.page(ctx)));
        return Reply.ok("Jobs retrieved successfully", JobJson.page(page));
    }

    private Reply getJob(Context ctx) {
        var details = useCases.getJob().execute(new GetJob.Query(Authentication.caller(ctx), jobId(ctx)));
        return Reply.ok("Job retrieved successfully", JobJson.populated(details));
    }

    private Reply changeStatus(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        RequestBody body = json.readBody(ctx.body());
        var job = useCases.changeJobStatus().execute(new ChangeJobStatus.Command(caller, jobId(ctx),
                body.text("status"), body.text("reason")));
        return Reply.ok("Job status updated successfully", JobJson.job(job));
    }

    private Reply requestCompletion(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        return api.<CompletionRequest>keyed(ctx, request -> useCases.requestCompletion().execute(new RequestCompletion.Command(caller,
                        jobId(ctx), request)),
                completion -> Reply.ok("Job completion request submitted", JobJson.completionSubmitted(completion)));
    }

    private Reply cancel(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        RequestBody body = json.readBody(ctx.body());
        return api.<CancelJob.Result>keyed(ctx, request -> useCases.cancelJob().execute(new CancelJob.Command(caller, jobId(ctx),
                        body.text("reason"), request)),
                cancelled -> Reply.ok("Job cancelled successfully", JobJson.cancelled(cancelled)));
    }

    private Reply apply(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        RequestBody body = json.readBody(ctx.body());
        return api.<JobApplication>keyed(ctx, request -> useCases.applyToJob().execute(new ApplyToJob.Command(caller,
                        jobId(ctx), body.text("message"), request)),
                application -> Reply.created("Application submitted successfully", JobJson.application(application)));
    }

    private Reply listApplications(Context ctx) {
        var applications = useCases.listJobApplications().execute(new ListJobApplications.Query(
                Authentication.caller(ctx), jobId(ctx), Queries.page(ctx)));
        return Reply.ok("Applications retrieved successfully", JobJson.applicationsOfJob(applications));
    }

    private Reply listMyApplications(Context ctx) {
        var applications = useCases.listMyApplications().execute(new ListMyApplications.Query(
                Authentication.caller(ctx), Queries.page(ctx)));
        return Reply.ok("Applications retrieved successfully", JobJson.applicationsOfContractor(applications));
    }

    private static JobId jobId(Context ctx) {
        return PathIds.of(ctx, "id", "Job", JobId::new);
    }
}
