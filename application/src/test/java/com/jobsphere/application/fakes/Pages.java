package com.jobsphere.application.fakes;

import com.jobsphere.application.port.Page;
import com.jobsphere.application.port.PageRequest;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Sorting and paging in memory the way the SQL stores do it. */
final class Pages {
    private Pages() {
    }

    static <T> Page<T> of(Stream<T> matches, Comparator<T> order, PageRequest page) {
        List<T> sorted = matches.sorted(order).toList();
        long from = Math.min(page.offset(), sorted.size());
        long to = Math.min(from + page.limit(), sorted.size());
        return new Page<>(sorted.subList((int) from, (int) to), page, sorted.size());
    }
}
