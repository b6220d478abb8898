package com.jobsphere.application.port;

/** A user as a related party is shown: id, name and email. */
public record Party(String id, String name, String email) {
}
