package com.jobsphere.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.jobsphere.application.admin.ApproveCompletion;
import com.jobsphere.application.port.LedgerCheck;
import com.jobsphere.application.port.CompletionRequestView;
import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PlatformBalances;
import com.jobsphere.application.port.PostedTransfer;
import com.jobsphere.application.port.UserAccount;
import com.jobsphere.application.port.WithdrawalView;
import com.jobsphere.domain.common.WireNames;
import com.jobsphere.domain.job.CompletionRequest;
import com.jobsphere.domain.ledger.Posting;
import com.jobsphere.domain.wallet.Wallet;
import com.jobsphere.domain.wallet.Withdrawal;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The response bodies of {@code /api/admin}. */
final class AdminJson {
    private AdminJson() {
    }

    record CompletionRequestPagination(int currentPage, long totalPages, long totalCompletionRequests, int limit) {
    }

    /** A completion request as the admin list shows it: the request, plus its job's title, parties and payout. */
    record CompletionRequestItem(@JsonProperty("_id") String id, String job, String requestedBy, String status,
            Instant requestedAt,
            @JsonInclude(JsonInclude.Include.NON_NULL) Instant resolvedAt,
            @JsonInclude(JsonInclude.Include.NON_NULL) String rejectionReason,
            String jobTitle, PartyJson customer, PartyJson contractor, BigDecimal contractorPayout) {
    }

    record CompletionRequests(List<CompletionRequestItem> completionRequests,
            CompletionRequestPagination pagination) {
    }

    record CompletionDecision(JobJson.CompletionRequestBody completionRequest, JobJson.JobBody job) {
    }

    record CompletionRejected(JobJson.CompletionRequestBody completionRequest) {
    }

    record WithdrawalPagination(int currentPage, long totalPages, long totalWithdrawals, int limit) {
    }

    /** A withdrawal as the admin list shows it: the withdrawal, plus its contractor populated. */
    record WithdrawalItem(@JsonProperty("_id") String id, String user, BigDecimal amount, String status,
            Instant requestedAt,
            @JsonInclude(JsonInclude.Include.NON_NULL) Instant processedAt,
            @JsonInclude(JsonInclude.Include.NON_NULL) String stripeTransferId,
            @JsonInclude(JsonInclude.Include.NON_NULL) String failureReason,
            PartyJson contractor) {
    }

    record Withdrawals(List<WithdrawalItem> withdrawals, WithdrawalPagination pagination) {
    }

    record WithdrawalDecision(WalletJson.WithdrawalBody withdrawal) {
    }

    record WalletState(@JsonProperty("_id") String id, String user, @JsonProperty("isFrozen") boolean isFrozen,
            @JsonInclude(JsonInclude.Include.NON_NULL) String frozenReason, Instant updatedAt) {
    }

    record FrozenState(WalletState wallet) {
    }

    record LedgerVerification(boolean balanced, long accountsChecked, long transfersChecked,
            List<String> discrepancies) {
    }

    record UserPagination(int currentPage, long totalPages, long totalUsers, int limit) {
    }

    /** A user's wallet as the console lists it: its balance and frozen state. */
    record UserWallet(@JsonProperty("_id") String id, BigDecimal balance, @JsonProperty("isFrozen") boolean isFrozen,
            @JsonInclude(JsonInclude.Include.NON_NULL) String frozenReason) {
    }

    record UserItem(@JsonProperty("_id") String id, String name, String email, String role, Instant createdAt,
            UserWallet wallet) {
    }

    record Users(List<UserItem> users, UserPagination pagination) {
    }

    /** Stripe clearing is usually negative: the outside world's side of deposits and withdrawals. */
    record LedgerBalances(BigDecimal escrow, BigDecimal revenue, BigDecimal withdrawalsPending,
            BigDecimal stripeClearing) {
    }

    /** A signed amount: negative takes from the account, positive adds to it. */
    record PostingItem(String account, BigDecimal amount) {
    }

    record TransferItem(@JsonProperty("_id") String id, String type, Instant createdAt, List<PostingItem> postings) {
    }

    record TransferPagination(int currentPage, long totalPages, long totalTransfers, int limit) {
    }

    record Transfers(List<TransferItem> transfers, TransferPagination pagination) {
    }

    static Users users(Page<UserAccount> page) {
        return new Users(page.items().stream().map(AdminJson::user).toList(), new UserPagination(page.request().page(),
                page.totalPages(), page.total(), page.request().limit()));
    }

    private static UserItem user(UserAccount account) {
        Wallet wallet = account.wallet();
        return new UserItem(account.user().id().value(), account.user().name(), account.user().email().value(),
                WireNames.of(account.user().role()), account.user().createdAt(),
                new UserWallet(wallet.id(), account.balance().toDecimal(), wallet.frozen(), wallet.frozenReason()));
    }

    static LedgerBalances balances(PlatformBalances balances) {
        return new LedgerBalances(dollars(balances.escrowCents()), dollars(balances.revenueCents()),
                dollars(balances.withdrawalsPendingCents()), dollars(balances.stripeClearingCents()));
    }

    static Transfers transfers(Page<PostedTransfer> page) {
        return new Transfers(page.items().stream().map(AdminJson::transfer).toList(), new TransferPagination(
                page.request().page(), page.totalPages(), page.total(), page.request().limit()));
    }

    private static TransferItem transfer(PostedTransfer transfer) {
        return new TransferItem(transfer.id(), WireNames.of(transfer.type()), transfer.createdAt(),
                transfer.postings().stream().map(AdminJson::posting).toList());
    }

    private static PostingItem posting(Posting posting) {
        return new PostingItem(posting.account().key(), dollars(posting.amountCents()));
    }

    /** Signed cents as dollars with two decimals; {@link com.jobsphere.domain.money.Money} holds no negative. */
    private static BigDecimal dollars(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    static CompletionRequestItem completionRequest(CompletionRequestView view) {
        CompletionRequest request = view.request();
        return new CompletionRequestItem(request.id().value(), request.jobId().value(), request.requestedBy().value(),
                WireNames.of(request.status()), request.requestedAt(), request.resolvedAt(),
                request.rejectionReason(), view.jobTitle(), PartyJson.of(view.customer()),
                PartyJson.of(view.contractor()),
                view.contractorPayout() == null ? null : view.contractorPayout().toDecimal());
    }

    static CompletionRequests completionRequests(Page<CompletionRequestView> page) {
        return new CompletionRequests(page.items().stream().map(AdminJson::completionRequest).toList(),
                new CompletionRequestPagination(page.request().page(), page.totalPages(), page.total(),
                        page.request().limit()));
    }

    static CompletionDecision completionApproved(ApproveCompletion.Result result) {
        return new CompletionDecision(JobJson.completionRequest(result.request()), JobJson.job(result.job()));
    }

    static WithdrawalItem withdrawal(WithdrawalView view) {
        Withdrawal withdrawal = view.withdrawal();
        return new WithdrawalItem(withdrawal.id().value(), withdrawal.userId().value(),
                withdrawal.amount().toDecimal(), WireNames.of(withdrawal.status()), withdrawal.requestedAt(),
                withdrawal.processedAt(), withdrawal.stripeTransferId(), withdrawal.failureReason(),
                PartyJson.of(view.contractor()));
    }

    static Withdrawals withdrawals(Page<WithdrawalView> page) {
        return new Withdrawals(page.items().stream().map(AdminJson::withdrawal).toList(),
                new WithdrawalPagination(page.request().page(), page.totalPages(), page.total(), page.request().limit()));
    }

    static FrozenState walletState(Wallet wallet) {
        return new FrozenState(new WalletState(wallet.id(), wallet.userId().value(), wallet.frozen(), wallet.frozenReason(),
                wallet.updatedAt()));
    }

    static LedgerVerification ledger(LedgerCheck check) {
        return new LedgerVerification(check.balanced(), check.accountsChecked(), check.transfersChecked(),
                check.discrepancies());
    }
}
