package com.jobsphere.application.admin;

import com.jobsphere.application.port.Caller;
import com.jobsphere.domain.common.Forbidden;

/** The guard every admin use case starts with. */
final class AdminOnly {
    private AdminOnly() {
    }

    static void require(Caller caller) {
        if (!caller.isAdmin()) {
            throw new Forbidden("Admin access required");
        }
    }
}
