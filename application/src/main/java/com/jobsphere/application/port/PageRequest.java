package com.jobsphere.application.port;

/** A page of a listing: {@code page} from 1, {@code limit} from 1 to 100. */
public record PageRequest(int page, int limit) {
    public static final int MAXIMUM_LIMIT = 100;

    public PageRequest {
        if (page < 1) {
            throw new IllegalArgumentException("page starts at 1");
        }
        if (limit < 1 || limit > MAXIMUM_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to 100");
        }
    }

    public long offset() {
        return (long) (page - 1) * limit;
    }
}
