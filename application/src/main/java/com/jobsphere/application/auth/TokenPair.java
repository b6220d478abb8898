package com.jobsphere.application.auth;

/** An access token and the refresh token that renews it. */
public record TokenPair(String accessToken, String refreshToken) {
}
