package com.jobsphere.adapters.http;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The success envelope of every JSON response: {@code {"status", "message", "data"}}. */
@JsonPropertyOrder({"status", "message", "data"})
record Envelope(int status, String message, Object data) {
}
