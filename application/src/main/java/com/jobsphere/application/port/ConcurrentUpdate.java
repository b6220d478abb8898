package com.jobsphere.application.port;

/** Another transaction kept winning the same rows; the caller may retry later. */
public final class ConcurrentUpdate extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConcurrentUpdate(String message, Throwable cause) {
        super(message, cause);
    }
}
