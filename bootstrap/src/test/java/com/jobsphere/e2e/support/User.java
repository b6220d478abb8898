package com.jobsphere.e2e.support;

/** A signed-in user as the app holds it: who they are and their current tokens. */
public record User(String id, String email, String name, String role, String accessToken, String refreshToken) {

    /** The user as read from a register or login response's {@code data}. */
    static User from(Response session) {
        return new User(session.text("/user/_id"), session.text("/user/email"), session.text("/user/name"),
                session.text("/user/role"), session.text("/tokens/accessToken"), session.text("/tokens/refreshToken"));
    }
}
