package com.jobsphere.application.testing;

import com.jobsphere.application.port.PushNotifications;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Push notifications that record every message and answer with scripted outcomes, one per send, in order;
 * {@link PushOutcome.Delivered} once the script runs out.
 */
public final class FakePushNotifications implements PushNotifications {
    private final Deque<PushOutcome> script = new ArrayDeque<>();
    private final List<PushMessage> sent = new ArrayList<>();
    private int delivered;

    /** The next sends are answered with these outcomes, in order. */
    public synchronized FakePushNotifications answer(PushOutcome... outcomes) {
        script.addAll(List.of(outcomes));
        return this;
    }

    @Override
    public synchronized PushOutcome send(PushMessage message) {
        sent.add(message);
        PushOutcome outcome = script.poll();
        return outcome != null ? outcome : new PushOutcome.Delivered("projects/test/messages/" + (++delivered));
    }

    /** Every message sent, in order, whatever its outcome. */
    public synchronized List<PushMessage> sent() {
        return List.copyOf(sent);
    }
}
