package com.jobsphere.application.port;

import com.jobsphere.domain.money.Money;
import com.jobsphere.domain.wallet.Wallet;

/**
 * A wallet as the app sees it. {@code totalEarnings}: payouts received; {@code totalSpent}: offer
 * charges paid less refunds received; {@code totalWithdrawals}: completed withdrawals.
 */
public record WalletSummary(Wallet wallet, Money balance, Money totalEarnings, Money totalSpent, Money totalWithdrawals) {
}
