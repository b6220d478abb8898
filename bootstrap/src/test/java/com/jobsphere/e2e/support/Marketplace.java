package com.jobsphere.e2e.support;

import java.math.BigDecimal;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The common steps of the marketplace, each one request (or one short flow) through the public API,
 * failing with the server's answer when a step is refused. Tests build their situation from these and
 * spell out only the request they are about.
 */
public final class Marketplace {
    public static final String PASSWORD = "SecurePass123";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final Pattern FORM_ACTION = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\">");

    private final Api api;
    private final String adminEmail;
    private final String adminPassword;
    private User admin;

    public Marketplace(Api api, String adminEmail, String adminPassword) {
        this.api = api;
        this.adminEmail = adminEmail;
        this.adminPassword = adminPassword;
    }

    // Users.

    public User customer() {
        return register("customer");
    }

    public User contractor() {
        return register("contractor");
    }

    /** Registers a user of the role with a fresh email. */
    public User register(String role) {
        return register(role, "E2E " + role, uniqueEmail(role));
    }

    /** Registers a user with this name and email, for data that reads like the real thing (screenshots). */
    public User register(String role, String name, String email) {
        Response registered = api.post("/api/auth/register")
                .json(Map.of("email", email, "password", PASSWORD, "name", name, "role", role))
                .send().expect(201);
        return User.from(registered);
    }

    public User logIn(String email, String password) {
        Response session = api.post("/api/auth/login").json(Map.of("email", email, "password", password))
                .send().expect(200);
        return User.from(session);
    }

    /** The platform admin from configuration, logged in once per class. */
    public synchronized User admin() {
        if (admin == null) {
            admin = logIn(adminEmail, adminPassword);
        }
        return admin;
    }

    public static String uniqueEmail(String role) {
        return role + "-" + SEQUENCE.incrementAndGet() + "-" + Long.toString(System.nanoTime(), 36) + "@e2e.test";
    }

    // Wallet.

    /** Starts a deposit: {@code {checkoutUrl, sessionId, amount}}. */
    public Response startDeposit(User user, String amount) {
        return api.post("/api/wallet/deposit").as(user).json(amount(amount)).send().expect(200);
    }

    /** A whole deposit through the development gateway: start it, open the checkout page, press Pay. */
    public void deposit(User user, String amount) {
        Response started = startDeposit(user, amount);
        String page = api.get(URI.create(started.text("/checkoutUrl")).getPath()).send().expect(200).text();
        api.post(formAction(page, "/pay")).header("Content-Type", "application/x-www-form-urlencoded")
                .send().expect(200);
    }

    public Response wallet(User user) {
        return api.get("/api/wallet").as(user).send().expect(200);
    }

    public BigDecimal balance(User user) {
        return Amounts.of(wallet(user).data().path("balance"));
    }

    /** Onboards a contractor through the development gateway: the onboarding link's enable form. */
    public void onboard(User contractor) {
        Response link = api.post("/api/wallet/stripe/onboard").as(contractor).send().expect(200);
        String page = api.get(URI.create(link.text("/onboardingUrl")).getPath()).send().expect(200).text();
        api.post(formAction(page, "/enable")).header("Content-Type", "application/x-www-form-urlencoded")
                .send().expect(200);
    }

    public Response withdraw(User contractor, String amount) {
        return api.post("/api/wallet/withdraw").as(contractor).json(amount(amount)).send();
    }

    public Response approveWithdrawal(String withdrawalId) {
        return api.post("/api/admin/withdrawals/" + withdrawalId + "/approve").as(admin()).send();
    }

    public Response freeze(User user) {
        return api.post("/api/admin/users/" + user.id() + "/freeze").as(admin())
                .json(Map.of("reason", "E2E test")).send().expect(200);
    }

    // Jobs, applications, offers.

    /** Posts an open job and returns its id. */
    public String postJob(User customer) {
        return postJob(customer, "Build a Flutter app");
    }

    public String postJob(User customer, String title) {
        return api.post("/api/job").as(customer).json(Map.of("title", title,
                "description", "A small mobile app for our shop, with a wallet screen.", "budget", 100,
                "category", "Mobile Development", "location", "Remote"))
                .send().expect(201).text("/_id");
    }

    /** Applies to the job and returns the application's id. */
    public String apply(User contractor, String jobId) {
        return api.post("/api/job/" + jobId + "/apply").as(contractor)
                .json(Map.of("message", "I have built several apps like this one.")).send().expect(201).text("/_id");
    }

    public Response sendOffer(User customer, String applicationId, String amount) {
        Map<String, Object> body = new LinkedHashMap<>(amount(amount));
        body.put("timeline", "2 weeks");
        body.put("description", "Complete the project as described in the job posting");
        return api.post("/api/job-request/" + applicationId + "/send-offer").as(customer).json(body).send();
    }

    public Response accept(User contractor, String offerId) {
        return api.post("/api/job-request/offer/" + offerId + "/accept").as(contractor).send();
    }

    public Response job(User user, String jobId) {
        return api.get("/api/job/" + jobId).as(user).send();
    }

    public Response changeStatus(User user, String jobId, String status) {
        return api.patch("/api/job/" + jobId + "/status").as(user).json(Map.of("status", status)).send();
    }

    /** A job with a pending offer of {@code amount}; the customer needs the balance for it. */
    public Deal offered(User customer, User contractor, String amount) {
        String jobId = postJob(customer);
        String applicationId = apply(contractor, jobId);
        String offerId = sendOffer(customer, applicationId, amount).expect(201).text("/offer/_id");
        return new Deal(customer, contractor, jobId, applicationId, offerId);
    }

    /** A job whose offer of {@code amount} was accepted: the total charge sits in escrow. */
    public Deal assigned(User customer, User contractor, String amount) {
        Deal deal = offered(customer, contractor, amount);
        accept(contractor, deal.offerId()).expect(200);
        return deal;
    }

    /** An assigned job that the contractor started. */
    public Deal inProgress(User customer, User contractor, String amount) {
        Deal deal = assigned(customer, contractor, amount);
        changeStatus(contractor, deal.jobId(), "in_progress").expect(200);
        return deal;
    }

    /** A job the admin approved as completed: the contractor holds the payout. */
    public Deal completed(User customer, User contractor, String amount) {
        Deal deal = inProgress(customer, contractor, amount);
        String requestId = api.post("/api/job/" + deal.jobId() + "/complete").as(customer).send().expect(200)
                .text("/completionRequest/_id");
        api.post("/api/admin/completion-requests/" + requestId + "/approve").as(admin()).send().expect(200);
        return deal;
    }

    /** A contractor holding 80.00 from a completed offer of 100, with payouts enabled: ready to withdraw. */
    public User paidContractor() {
        User customer = customer();
        User contractor = contractor();
        deposit(customer, "105");
        completed(customer, contractor, "100");
        onboard(contractor);
        return contractor;
    }

    /** The ledger check, as admin. */
    public Response verifyLedger() {
        return api.get("/api/admin/ledger/verify").as(admin()).send();
    }

    /** {@code {"amount": <amount>}}, the amount written as the JSON number given. */
    public static Map<String, Object> amount(String amount) {
        return Map.of("amount", new BigDecimal(amount));
    }

    /** The action of the page's form whose action ends with {@code suffix}. */
    private static String formAction(String html, String suffix) {
        Matcher forms = FORM_ACTION.matcher(html);
        while (forms.find()) {
            if (forms.group(1).endsWith(suffix)) {
                return forms.group(1);
            }
        }
        throw new AssertionError("no form posting to *" + suffix + " on the page: " + html);
    }
}
