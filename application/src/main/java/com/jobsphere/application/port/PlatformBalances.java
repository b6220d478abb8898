package com.jobsphere.application.port;

/**
 * The balances of the four platform accounts, in cents. Stripe clearing is the outside world's side of every
 * deposit and withdrawal, so it is usually negative; the others never are.
 */
public record PlatformBalances(long escrowCents, long revenueCents, long withdrawalsPendingCents,
        long stripeClearingCents) {
}
