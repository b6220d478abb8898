package com.jobsphere.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.TransactionView;
import com.jobsphere.application.port.WalletSummary;
import com.jobsphere.application.wallet.GetStripeStatus;
import com.jobsphere.application.wallet.StartDeposit;
import com.jobsphere.domain.common.WireNames;
import com.jobsphere.domain.wallet.Wallet;
import com.jobsphere.domain.wallet.Withdrawal;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The response bodies of {@code /api/wallet}. */
final class WalletJson {
    static final String CURRENCY = "USD";
    static final String WITHDRAWAL_REVIEW = "Withdrawal request submitted. Admin will review and process.";

    private WalletJson() {
    }

    record WalletBody(@JsonProperty("_id") String id, String user, BigDecimal balance, String currency,
            @JsonProperty("isActive") boolean isActive, @JsonProperty("isFrozen") boolean isFrozen,
            BigDecimal totalEarnings, BigDecimal totalSpent, BigDecimal totalWithdrawals, Instant createdAt,
            Instant updatedAt) {
    }

    record DepositStarted(String checkoutUrl, String sessionId, BigDecimal amount) {
    }

    record WithdrawalBody(@JsonProperty("_id") String id, String user, BigDecimal amount, String status,
            Instant requestedAt,
            @JsonInclude(JsonInclude.Include.NON_NULL) Instant processedAt,
            @JsonInclude(JsonInclude.Include.NON_NULL) String stripeTransferId,
            @JsonInclude(JsonInclude.Include.NON_NULL) String failureReason) {
    }

    record WithdrawalSubmitted(WithdrawalBody withdrawal, String message) {
    }

    record OnboardingLink(String onboardingUrl) {
    }

    record StripeStatus(@JsonProperty("isConnected") boolean isConnected, boolean canReceivePayouts) {
    }

    /** A history item; {@code from}, {@code to}, {@code offer} and {@code job} are left out when they do not apply. */
    record TransactionBody(@JsonProperty("_id") String id, String type, BigDecimal amount,
            @JsonInclude(JsonInclude.Include.NON_NULL) PartyJson from,
            @JsonInclude(JsonInclude.Include.NON_NULL) PartyJson to,
            @JsonInclude(JsonInclude.Include.NON_NULL) String offer,
            @JsonInclude(JsonInclude.Include.NON_NULL) String job,
            String status, String description, Instant completedAt, Instant createdAt) {
    }

    record TransactionPagination(int currentPage, long totalPages, long totalTransactions, int limit) {
    }

    record TransactionsPage(List<TransactionBody> transactions, TransactionPagination pagination) {
    }

    static WalletBody wallet(WalletSummary summary) {
        Wallet wallet = summary.wallet();
        return new WalletBody(wallet.id(), wallet.userId().value(), summary.balance().toDecimal(), CURRENCY, true,
                wallet.frozen(), summary.totalEarnings().toDecimal(), summary.totalSpent().toDecimal(),
                summary.totalWithdrawals().toDecimal(), wallet.createdAt(), wallet.updatedAt());
    }

    static DepositStarted depositStarted(StartDeposit.Result result) {
        return new DepositStarted(result.checkoutUrl(), result.sessionId(), result.amount().toDecimal());
    }

    static WithdrawalBody withdrawal(Withdrawal withdrawal) {
        return new WithdrawalBody(withdrawal.id().value(), withdrawal.userId().value(), withdrawal.amount().toDecimal(),
                WireNames.of(withdrawal.status()), withdrawal.requestedAt(), withdrawal.processedAt(),
                withdrawal.stripeTransferId(), withdrawal.failureReason());
    }

    static WithdrawalSubmitted withdrawalSubmitted(Withdrawal withdrawal) {
        return new WithdrawalSubmitted(withdrawal(withdrawal), WITHDRAWAL_REVIEW);
    }

    static StripeStatus stripeStatus(GetStripeStatus.Result result) {
        return new StripeStatus(result.isConnected(), result.canReceivePayouts());
    }

    static TransactionBody transaction(TransactionView view) {
        return new TransactionBody(view.id(), WireNames.of(view.type()), view.amount().toDecimal(),
                PartyJson.of(view.from()), PartyJson.of(view.to()), Wire.id(view.offer()), Wire.id(view.job()),
                WireNames.of(view.status()), view.description(), view.completedAt(), view.createdAt());
    }

    static TransactionsPage transactions(Page<TransactionView> page) {
        return new TransactionsPage(page.items().stream().map(WalletJson::transaction).toList(),
                new TransactionPagination(page.request().page(), page.totalPages(), page.total(), page.request().limit()));
    }
}
