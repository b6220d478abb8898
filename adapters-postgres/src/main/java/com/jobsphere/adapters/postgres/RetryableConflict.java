package com.jobsphere.adapters.postgres;

import java.sql.SQLException;

/**
 * A serialization failure or deadlock: the database rolled the transaction back and running it again may
 * succeed. Only {@link JdbiUnitOfWork} catches it; past its retry budget it becomes a ConcurrentUpdate.
 */
final class RetryableConflict extends RuntimeException {
    private static final long serialVersionUID = 1L;

    RetryableConflict(SQLException cause) {
        super("The transaction lost a race with another one (SQLSTATE " + cause.getSQLState() + ")", cause);
    }
}
