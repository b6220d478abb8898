package com.jobsphere.adapters.postgres;

import com.jobsphere.application.port.RefreshTokenRecord;
import com.jobsphere.application.port.RefreshTokens;
import com.jobsphere.domain.common.UserId;
import java.util.Optional;
import org.jdbi.v3.core.mapper.RowMapper;

final class JdbiRefreshTokens implements RefreshTokens {
    private static final RowMapper<RefreshTokenRecord> TOKEN = (row, context) -> new RefreshTokenRecord(
            row.getString("id"),
            new UserId(row.getString("user_id")),
            row.getString("family_id"),
            row.getString("token_hash"),
            Columns.instant(row, "expires_at"),
            row.getBoolean("revoked"),
            Columns.instant(row, "created_at"),
            Columns.instant(row, "rotated_at"));

    private final Sql sql;

    JdbiRefreshTokens(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void add(RefreshTokenRecord token) {
        sql.call(handle -> handle.createUpdate("""
                        insert into refresh_tokens (id, user_id, family_id, token_hash, expires_at, revoked, created_at)
                        values (:id, :userId, :familyId, :tokenHash, :expiresAt, :revoked, :createdAt)""")
                .bind("id", token.id().toString())
                .bind("userId", token.userId().toString())
                .bind("familyId", token.familyId())
                .bind("tokenHash", token.tokenHash())
                .bind("expiresAt", Columns.timestamp(token.expiresAt()))
                .bind("revoked", token.revoked())
                .bind("createdAt", Columns.timestamp(token.createdAt()))
                .execute());
    }

    @Override
    public Optional<RefreshTokenRecord> lockByHash(String tokenHash) {
        return sql.call(handle -> handle.createQuery("select * from refresh_tokens where token_hash = :tokenHash for update")
                .bind("tokenHash", tokenHash)
                .map(TOKEN)
                .findOne());
    }

    @Override
    public void save(RefreshTokenRecord token) {
        int updated = sql.call(handle -> handle.createUpdate("""
                        update refresh_tokens set revoked = :revoked, expires_at = :expiresAt, rotated_at = :rotatedAt
                        where id = :id""")
                .bind("id", token.id().toString())
                .bind("rotatedAt", Columns.timestamp(token.rotatedAt()))
                .bind("revoked", token.revoked())
                .bind("expiresAt", Columns.timestamp(token.expiresAt()))
                .execute());
        Sql.requireOneRow(updated, "refresh token", token.id());
    }

    @Override
    public void revokeFamily(String familyId) {
        sql.call(handle -> handle.createUpdate("update refresh_tokens set revoked = true where family_id = :familyId")
                .bind("familyId", familyId)
                .execute());
    }
}
