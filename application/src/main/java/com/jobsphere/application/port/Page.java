package com.jobsphere.application.port;

import java.util.List;

/** One page of results and the total number of matching items. */
public record Page<T>(List<T> items, PageRequest request, long total) {
    public Page {
        items = List.copyOf(items);
    }

    public long totalPages() {
        return (total + request.limit() - 1) / request.limit();
    }
}
