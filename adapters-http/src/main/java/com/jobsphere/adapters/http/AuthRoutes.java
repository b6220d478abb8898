package com.jobsphere.adapters.http;

import com.jobsphere.application.UseCases;
import com.jobsphere.application.auth.GetCurrentUser;
import com.jobsphere.application.auth.LogIn;
import com.jobsphere.application.auth.LogOut;
import com.jobsphere.application.auth.RefreshSession;
import com.jobsphere.application.auth.RegisterUser;
import com.jobsphere.domain.user.Caller;
import io.javalin.http.Context;
import java.util.Map;

/** {@code /api/auth}: register, login and refresh need no access token; logout and me do. */
final class AuthRoutes {
    private final UseCases useCases;
    private final Json json;
    private final ClientAddresses clientAddresses;

    AuthRoutes(UseCases useCases, Json json, ClientAddresses clientAddresses) {
        this.useCases = useCases;
        this.json = json;
        this.clientAddresses = clientAddresses;
    }

    void addTo(Api api) {
        api.publicPost("/api/auth/register", this::registerUser);
        api.publicPost("/api/auth/login", this::logIn);
        api.publicPost("/api/auth/refresh", this::refresh);
        api.postWithoutReplay("/api/auth/logout", this::logOut);
        api.get("/api/auth/me", this::me);
    }

    private Reply registerUser(Context ctx) {
        RequestBody body = json.readBody(ctx.body());
        var result = useCases.registerUser().execute(new RegisterUser.Command(body.text("email"), body.text("password"),
                body.text("name"), body.text("role")));
        SecurityHeaders.noStore(ctx);
        return Reply.created("Registration successful", AuthJson.session(result));
    }

    private Reply logIn(Context ctx) {
        RequestBody body = json.readBody(ctx.body());
        var result = useCases.logIn().execute(new LogIn.Command(body.text("email"), body.text("password"),
                clientAddresses.of(ctx)));
        SecurityHeaders.noStore(ctx);
        return Reply.ok("Login successful", AuthJson.session(result));
    }

    private Reply refresh(Context ctx) {
        RequestBody body = json.readBody(ctx.body());
        var pair = useCases.refreshSession().execute(new RefreshSession.Command(body.text("refreshToken")));
        SecurityHeaders.noStore(ctx);
        return Reply.ok("Token refreshed successfully", new AuthJson.Tokens(AuthJson.tokens(pair)));
    }

    private Reply logOut(Context ctx) {
        Caller caller = Authentication.caller(ctx);
        RequestBody body = json.readBody(ctx.body());
        useCases.logOut().execute(new LogOut.Command(caller, body.text("refreshToken")));
        return Reply.ok("Logout successful", Map.of());
    }

    private Reply me(Context ctx) {
        var user = useCases.getCurrentUser().execute(new GetCurrentUser.Query(Authentication.caller(ctx)));
        return Reply.ok("User retrieved successfully", new AuthJson.CurrentUser(AuthJson.user(user)));
    }
}
