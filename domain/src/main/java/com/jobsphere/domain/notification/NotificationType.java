package com.jobsphere.domain.notification;

/**
 * What a notification reports (CONTRACT.md §15). Each type goes to one user, reports one change, and is raised
 * by the flow that makes that change; its wire name ({@code deposit_completed}) is what the app matches on.
 */
public enum NotificationType {
    DEPOSIT_COMPLETED,
    DEPOSIT_FAILED,
    OFFER_RECEIVED,
    OFFER_ACCEPTED,
    OFFER_REJECTED,
    PAYOUT_RECEIVED,
    REFUND_ISSUED,
    WITHDRAWAL_COMPLETED,
    WITHDRAWAL_FAILED,
    WITHDRAWAL_REJECTED
}
