package com.jobsphere.adapters.fcm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.jobsphere.application.port.PushNotifications.PushMessage;

/** The body of FCM HTTP v1's {@code messages:send}, and nothing else: FCM refuses unknown fields. */
final class FcmMessages {
    private final ObjectMapper json;

    FcmMessages(ObjectMapper json) {
        this.json = json;
    }

    /**
     * {@code {"message": {"token", "notification": {"title", "body"}, "data": {...}}}}. The data map
     * is left out when empty; its values are strings already, as FCM requires.
     */
    byte[] requestBody(PushMessage message) {
        ObjectNode root = json.createObjectNode();
        ObjectNode fcmMessage = root.putObject("message");
        fcmMessage.put("token", message.deviceToken());
        ObjectNode notification = fcmMessage.putObject("notification");
        notification.put("title", message.title());
        notification.put("body", message.body());
        if (!message.data().isEmpty()) {
            ObjectNode data = fcmMessage.putObject("data");
            message.data().forEach(data::put);
        }
        try {
            return json.writeValueAsBytes(root);
        } catch (JsonProcessingException e) {
            // A tree of strings always serializes; failing here is a bug, not an outcome.
            throw new IllegalStateException("could not write an FCM message", e);
        }
    }
}
