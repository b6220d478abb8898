package com.jobsphere.application.port;

import com.jobsphere.domain.common.UserId;

/** A user as a related party is shown: id, name and email. */
public record Party(UserId id, String name, String email) {
}
