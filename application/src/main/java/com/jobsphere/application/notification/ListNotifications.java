package com.jobsphere.application.notification;

import com.jobsphere.application.common.Transactions;
import com.jobsphere.application.port.Notification;
import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import com.jobsphere.domain.user.Caller;

/** The caller's in-app feed, newest first. */
public final class ListNotifications {
    private final Transactions transactions;

    public ListNotifications(Transactions transactions) {
        this.transactions = transactions;
    }

    public record Query(Caller caller, boolean unreadOnly, PageRequest page) {
    }

    public Page<Notification> execute(Query query) {
        return transactions.read(stores -> stores.notifications().feed(query.caller().userId(), query.unreadOnly(),
                query.page()));
    }
}
