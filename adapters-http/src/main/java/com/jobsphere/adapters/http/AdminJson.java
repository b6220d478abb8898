package com.jobsphere.adapters.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.jobsphere.application.admin.ApproveCompletion;
import com.jobsphere.application.port.LedgerCheck;
import com.jobsphere.application.port.Page;
import com.jobsphere.domain.job.CompletionRequest;
import com.jobsphere.domain.wallet.Wallet;
import com.jobsphere.domain.wallet.Withdrawal;
import java.time.Instant;
import java.util.List;

/** The response bodies of {@code /api/admin}. */
final class AdminJson {
    private AdminJson() {
    }

    record CompletionRequestPagination(int currentPage, long totalPages, long totalCompletionRequests, int limit) {
    }

    record CompletionRequests(List<JobJson.CompletionRequestBody> completionRequests,
            CompletionRequestPagination pagination) {
    }

    record CompletionDecision(JobJson.CompletionRequestBody completionRequest, JobJson.JobBody job) {
    }

    record CompletionRejected(JobJson.CompletionRequestBody completionRequest) {
    }

    record WithdrawalPagination(int currentPage, long totalPages, long totalWithdrawals, int limit) {
    }

    record Withdrawals(List<WalletJson.WithdrawalBody> withdrawals, WithdrawalPagination pagination) {
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

    static CompletionRequests completionRequests(Page<CompletionRequest> page) {
        return new CompletionRequests(page.items().stream().map(JobJson::completionRequest).toList(),
                new CompletionRequestPagination(page.request().page(), page.totalPages(), page.total(),
                        page.request().limit()));
    }

    static CompletionDecision completionApproved(ApproveCompletion.Result result) {
        return new CompletionDecision(JobJson.completionRequest(result.request()), JobJson.job(result.job()));
    }

    static Withdrawals withdrawals(Page<Withdrawal> page) {
        return new Withdrawals(page.items().stream().map(WalletJson::withdrawal).toList(),
                new WithdrawalPagination(page.request().page(), page.totalPages(), page.total(), page.request().limit()));
    }

    static FrozenState walletState(Wallet wallet) {
        return new FrozenState(new WalletState(wallet.id(), wallet.userId(), wallet.frozen(), wallet.frozenReason(),
                wallet.updatedAt()));
    }

    static LedgerVerification ledger(LedgerCheck check) {
        return new LedgerVerification(check.balanced(), check.accountsChecked(), check.transfersChecked(),
                check.discrepancies());
    }
}
