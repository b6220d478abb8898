package com.jobsphere.bootstrap;

import com.jobsphere.application.port.Ids;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;

/**
 * 24-hex-character ids, shaped like the app's MongoDB-style ids: six bytes of milliseconds then six
 * random bytes. The time prefix keeps new rows together in the primary-key indexes.
 */
final class RandomIds implements Ids {
    private static final HexFormat HEX = HexFormat.of();

    /** One generator per thread: a shared SecureRandom serialises every request that makes an id. */
    private final ThreadLocal<SecureRandom> random = ThreadLocal.withInitial(SecureRandom::new);
    private final Clock clock;

    RandomIds(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String next() {
        byte[] bytes = new byte[12];
        long millis = clock.millis();
        for (int i = 5; i >= 0; i--) {
            bytes[i] = (byte) millis;
            millis >>>= 8;
        }
        byte[] tail = new byte[6];
        random.get().nextBytes(tail);
        System.arraycopy(tail, 0, bytes, 6, 6);
        return HEX.formatHex(bytes);
    }
}
