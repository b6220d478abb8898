package com.jobsphere.domain.common;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** States travel and are stored as lower-case snake case: {@code IN_PROGRESS} is {@code in_progress}. */
public final class WireNames {
    private WireNames() {
    }

    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String wireName) {
        if (wireName == null) {
            return Optional.empty();
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> of(e).equals(wireName)).findFirst();
    }
}
