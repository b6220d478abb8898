package com.jobsphere.adapters.http;

import io.javalin.http.Context;

/** A handler that answers with a {@link Reply}, which the module wraps in the envelope and writes. */
@FunctionalInterface
interface JsonHandler {
    Reply handle(Context ctx) throws Exception;
}
