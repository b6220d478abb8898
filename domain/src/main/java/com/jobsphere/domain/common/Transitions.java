package com.jobsphere.domain.common;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The transition table of one state machine, in one place. A refused transition names its
 * {@code from} and {@code to}.
 */
public final class Transitions<S extends Enum<S>> {
    private final Map<S, Set<S>> allowed;

    private Transitions(Map<S, Set<S>> allowed) {
        this.allowed = allowed;
    }

    public static <S extends Enum<S>> Builder<S> of(Class<S> type) {
        return new Builder<>(type);
    }

    public boolean allows(S from, S to) {
        return allowed.get(from).contains(to);
    }

    /** Returns {@code to} when the move is allowed, otherwise refuses it as a business rule. */
    public S check(S from, S to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (!allows(from, to)) {
            throw BusinessRuleViolated.invalidTransition(from, to);
        }
        return to;
    }

    public static final class Builder<S extends Enum<S>> {
        private final Class<S> type;
        private final Map<S, Set<S>> allowed;

        private Builder(Class<S> type) {
            this.type = type;
            this.allowed = new EnumMap<>(type);
            for (S state : type.getEnumConstants()) {
                allowed.put(state, EnumSet.noneOf(type));
            }
        }

        @SafeVarargs
        public final Builder<S> from(S from, S... to) {
            for (S target : to) {
                allowed.get(from).add(target);
            }
            return this;
        }

        public Transitions<S> build() {
            Map<S, Set<S>> frozen = new EnumMap<>(type);
            allowed.forEach((from, to) -> frozen.put(from, to.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(to)));
            return new Transitions<>(frozen);
        }
    }
}
