package com.jobsphere.domain.user;

/** Who a user is to the platform. Admins exist only from configuration, never through registration. */
public enum Role {
    CUSTOMER, CONTRACTOR, ADMIN
}
