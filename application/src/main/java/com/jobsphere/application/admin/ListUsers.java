package com.jobsphere.application.admin;

import com.jobsphere.application.common.Inputs;
import com.jobsphere.application.common.Transactions;
import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.application.port.UserAccount;
import com.jobsphere.domain.user.Caller;
import java.util.Locale;

/** Users and their wallets for the operators' console, searched by a part of their email. */
public final class ListUsers {
    /** The longest email a user can have, so the longest text worth searching for. */
    static final int MAXIMUM_EMAIL_TEXT = 254;

    private final Transactions transactions;

    public ListUsers(Transactions transactions) {
        this.transactions = transactions;
    }

    /** {@code emailContains} null or blank lists everyone; it is compared case-insensitively, as emails are. */
    public record Query(Caller caller, String emailContains, PageRequest page) {
    }

    public Page<UserAccount> execute(Query query) {
        query.caller().requireAdmin();
        String text = Inputs.optionalText(query.emailContains(), "email", MAXIMUM_EMAIL_TEXT);
        String lowerCase = text == null ? null : text.toLowerCase(Locale.ROOT);
        return transactions.read(stores -> stores.users().list(lowerCase, query.page()));
    }
}
