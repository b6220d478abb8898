package com.jobsphere.adapters.http;

import com.jobsphere.application.UseCases;
import com.jobsphere.application.job.ApplyToJob;
import com.jobsphere.application.job.PostJob;
import com.jobsphere.application.port.Caller;
import com.jobsphere.domain.job.JobStatus;
import io.javalin.http.Context;

/** {@code /api/job} and the contractor's own applications. */
final class JobRoutes {
    private final UseCases useCases;
    private final Json json;

    JobRoutes(UseCases useCases, Json json) {
        this.useCases = useCases;
        this.json = json;
    }

    void addTo(Api api) {
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
        var job = useCases.postJob().execute(new PostJob.Command(caller, body.text("title"), body.text("description"),
                body.money("budget"), body.text("category"), body.text("location")));
        return Reply.created("Job created successfully", JobJson.job(job));
    }

    private Reply listJobs(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        JobStatus status = Queries.optionalEnum(ctx, "status", JobStatus.class);
        var page = useCases.listJobs().execute(caller, status, Queries.page(ctx));
        return Reply.ok("Jobs retrieved successfully", JobJson.page(page));
    }

    private Reply getJob(Context ctx) {
        var details = useCases.getJob().execute(Authentication.caller(ctx), ctx.pathParam("id"));
        return Reply.ok("Job retrieved successfully", JobJson.job(details));
    }

    private Reply changeStatus(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        RequestBody body = json.readBody(ctx.body());
        var job = useCases.changeJobStatus().execute(caller, ctx.pathParam("id"), body.text("status"), body.text("reason"));
        return Reply.ok("Job status updated successfully", JobJson.job(job));
    }

    private Reply requestCompletion(Context ctx) {
        var request = useCases.requestCompletion().execute(Authentication.caller(ctx), ctx.pathParam("id"));
        return Reply.ok("Job completion request submitted", JobJson.completionSubmitted(request));
    }

    private Reply cancel(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        RequestBody body = json.readBody(ctx.body());
        var cancelled = useCases.cancelJob().execute(caller, ctx.pathParam("id"), body.text("reason"));
        return Reply.ok("Job cancelled successfully", JobJson.cancelled(cancelled));
    }

    private Reply apply(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        RequestBody body = json.readBody(ctx.body());
        var application = useCases.applyToJob().execute(new ApplyToJob.Command(caller, ctx.pathParam("id"),
                body.text("message")));
        return Reply.created("Application submitted successfully", JobJson.application(application));
    }

    private Reply listApplications(Context ctx) {
        var applications = useCases.listJobApplications().execute(Authentication.caller(ctx), ctx.pathParam("id"));
        return Reply.ok("Applications retrieved successfully", JobJson.applicationsOfJob(applications));
    }

    private Reply listMyApplications(Context ctx) {
        var applications = useCases.listMyApplications().execute(Authentication.caller(ctx));
        return Reply.ok("Applications retrieved successfully", JobJson.applicationsOfContractor(applications));
    }
}
