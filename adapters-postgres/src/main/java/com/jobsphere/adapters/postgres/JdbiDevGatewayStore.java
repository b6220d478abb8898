package com.jobsphere.adapters.postgres;

import com.jobsphere.application.port.DevGatewayStore;
import com.jobsphere.application.port.PaymentGateway;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The development gateway's records on PostgreSQL. "Made if missing" is one statement each: an insert that
 * does nothing on a conflict, then a read of whatever row won, so two instances asked at once agree.
 */
final class JdbiDevGatewayStore implements DevGatewayStore {
    private static final RowMapper<Session> SESSION = (row, context) -> new Session(
            row.getString("session_id"),
            row.getString("deposit_id"),
            row.getString("user_id"),
            row.getLong("amount_cents"),
            Session.State.valueOf(row.getString("state").toUpperCase(Locale.ROOT)),
            Columns.instant(row, "created_at"));

    private final Jdbi jdbi;

    JdbiDevGatewayStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Session sessionFor(String depositId, String userId, long amountCents, String newSessionId, Instant at) {
        return call(handle -> {
            handle.createUpdate("""
                            insert into dev_checkout_sessions (session_id, deposit_id, user_id, amount_cents, state, created_at)
                            values (:sessionId, :depositId, :userId, :amountCents, 'open', :at)
                            on conflict (deposit_id) do nothing""")
                    .bind("sessionId", newSessionId)
                    .bind("depositId", depositId)
                    .bind("userId", userId)
                    .bind("amountCents", amountCents)
                    .bind("at", Columns.timestamp(at))
                    .execute();
            return handle.createQuery("select * from dev_checkout_sessions where deposit_id = :depositId")
                    .bind("depositId", depositId)
                    .map(SESSION)
                    .one();
        });
    }

    @Override
    public Optional<Session> session(String sessionId) {
        return call(handle -> handle.createQuery("select * from dev_checkout_sessions where session_id = :sessionId")
                .bind("sessionId", sessionId)
                .map(SESSION)
                .findOne());
    }

    @Override
    public boolean closeSession(String sessionId, Session.State end) {
        return call(handle -> handle.createUpdate(
                        "update dev_checkout_sessions set state = :state where session_id = :sessionId and state = 'open'")
                .bind("sessionId", sessionId)
                .bind("state", end.name().toLowerCase(Locale.ROOT))
                .execute()) == 1;
    }

    @Override
    public String accountFor(String userId, String newAccountId) {
        return call(handle -> {
            handle.createUpdate("""
                            insert into dev_connected_accounts (account_id, user_id, details_submitted, payouts_enabled)
                            values (:accountId, :userId, false, false)
                            on conflict (user_id) do nothing""")
                    .bind("accountId", newAccountId)
                    .bind("userId", userId)
                    .execute();
            return handle.createQuery("select account_id from dev_connected_accounts where user_id = :userId")
                    .bind("userId", userId)
                    .mapTo(String.class)
                    .one();
        });
    }

    @Override
    public Optional<PaymentGateway.AccountStatus> account(String accountId) {
        return call(handle -> handle.createQuery(
                        "select details_submitted, payouts_enabled from dev_connected_accounts where account_id = :accountId")
                .bind("accountId", accountId)
                .map((row, context) -> new PaymentGateway.AccountStatus(row.getBoolean("details_submitted"),
                        row.getBoolean("payouts_enabled")))
                .findOne());
    }

    @Override
    public boolean enablePayouts(String accountId) {
        return call(handle -> handle.createUpdate("""
                        update dev_connected_accounts set details_submitted = true, payouts_enabled = true
                        where account_id = :accountId""")
                .bind("accountId", accountId)
                .execute()) == 1;
    }

    @Override
    public String transferFor(String idempotencyKey, String accountId, long amountCents, String newTransferId, Instant at) {
        return call(handle -> {
            handle.createUpdate("""
                            insert into dev_transfers (idempotency_key, transfer_id, account_id, amount_cents, created_at)
                            values (:key, :transferId, :accountId, :amountCents, :at)
                            on conflict (idempotency_key) do nothing""")
                    .bind("key", idempotencyKey)
                    .bind("transferId", newTransferId)
                    .bind("accountId", accountId)
                    .bind("amountCents", amountCents)
                    .bind("at", Columns.timestamp(at))
                    .execute();
            return transferOn(handle, idempotencyKey).orElseThrow();
        });
    }

    @Override
    public Optional<String> transfer(String idempotencyKey) {
        return call(handle -> transferOn(handle, idempotencyKey));
    }

    private static Optional<String> transferOn(Handle handle, String idempotencyKey) {
        return handle.createQuery("select transfer_id from dev_transfers where idempotency_key = :key")
                .bind("key", idempotencyKey)
                .mapTo(String.class)
                .findOne();
    }

    private <T> T call(HandleCallback<T, RuntimeException> work) {
        try {
            return jdbi.withHandle(work);
        } catch (JdbiException e) {
            throw SqlFailures.translate(e);
        }
    }
}
