package com.jobsphere.bootstrap;

import com.jobsphere.application.port.Ids;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * 24-hex-character ids, shaped like the app's MongoDB-style ids, made of twelve random bytes. A time
 * prefix was tried to keep new rows together in the primary-key indexes; bench/run measured no gain,
 * and random ids spread concurrent inserts over the index instead of onto its right-most page.
 */
final class RandomIds implements Ids {
    private static final HexFormat HEX = HexFormat.of();
    private static final int ID_BYTES = 12;

    /** One generator per thread: a shared SecureRandom serialises every request that makes an id. */
    private final ThreadLocal<SecureRandom> random = ThreadLocal.withInitial(SecureRandom::new);

    @Override
    public String next() {
        byte[] bytes = new byte[ID_BYTES];
        random.get().nextBytes(bytes);
        return HEX.formatHex(bytes);
    }
}
