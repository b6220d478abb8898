package com.jobsphere.domain.common;

/**
 * An amount written the way the app's messages write it: {@code $105}, {@code $52.50}. {@code Money}
 * implements it so that the refusals in this package can name amounts without depending on the
 * {@code money} package, which itself depends on this one: the domain's packages form no cycle.
 */
public interface DisplayAmount {
    String toDisplayString();
}
