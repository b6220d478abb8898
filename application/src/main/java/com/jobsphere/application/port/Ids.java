package com.jobsphere.application.port;

/** A source of new ids: opaque, URL-safe, unique. */
public interface Ids {
    String next();
}
