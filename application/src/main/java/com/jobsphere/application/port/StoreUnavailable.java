package com.jobsphere.application.port;

/** The database cannot be reached. Never to be read as "not found". */
public final class StoreUnavailable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
