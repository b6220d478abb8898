package com.jobsphere.domain.common;

/** What every typed id is: a string value, kept in a type of its own so that two kinds of id cannot be swapped. */
public interface TypedId {
    String value();
}
