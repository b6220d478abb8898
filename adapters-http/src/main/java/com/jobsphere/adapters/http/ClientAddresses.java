package com.jobsphere.adapters.http;

import io.javalin.http.Context;

/**
 * Who a request comes from, for counting login attempts: the socket's peer, or, behind a proxy trusted to append
 * it ({@code TRUST_PROXY=true}), the last {@code X-Forwarded-For} hop: the one that proxy saw. Earlier hops are the
 * client's own word and are never used.
 */
final class ClientAddresses {
    static final String FORWARDED_FOR = "X-Forwarded-For";
    /** Longer than any IPv6 address in text; anything longer is not an address. */
    static final int MAXIMUM_LENGTH = 64;

    private final boolean trustProxy;

    ClientAddresses(boolean trustProxy) {
        this.trustProxy = trustProxy;
    }

    String of(Context ctx) {
        String socket = ctx.req().getRemoteAddr();
        if (!trustProxy) {
            return socket;
        }
        String forwarded = ctx.header(FORWARDED_FOR);
        if (forwarded == null || forwarded.isBlank()) {
            return socket;
        }
        String last = forwarded.substring(forwarded.lastIndexOf(',') + 1).trim();
        return last.isEmpty() || last.length() > MAXIMUM_LENGTH ? socket : last;
    }
}
