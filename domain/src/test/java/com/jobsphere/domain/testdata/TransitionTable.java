package com.jobsphere.domain.testdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.jobsphere.domain.common.BusinessRuleViolated;
import com.jobsphere.domain.common.Transitions;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * A state machine's expected table, written by hand in wire names ({@code "open -> assigned, cancelled"},
 * one line per state) and compared with the enum's own table for every (from, to) pair. The wire
 * names are read here independently of {@code WireNames}, so the refusal message is checked too.
 */
public final class TransitionTable<S extends Enum<S>> {
    private final Class<S> type;
    private final Map<String, Set<String>> allowedTargets;

    private TransitionTable(Class<S> type, Map<String, Set<String>> allowedTargets) {
        this.type = type;
        this.allowedTargets = allowedTargets;
    }

    public static <S extends Enum<S>> TransitionTable<S> of(Class<S> type, String... lines) {
        Map<String, Set<String>> table = new LinkedHashMap<>();
        for (String line : lines) {
            String[] sides = line.split("->", -1);
            Set<String> targets = Arrays.stream(sides[1].split(","))
                    .map(String::trim)
                    .filter(name -> !name.isEmpty())
                    .collect(Collectors.toSet());
            table.put(sides[0].trim(), targets);
        }
        return new TransitionTable<>(type, table);
    }

    /** Every pair, allowed exactly as written, and every refusal naming its from and to in wire names. */
    public Stream<DynamicTest> checkAgainst(Transitions<S> transitions) {
        return Stream.concat(Stream.of(namesEveryState()), pairs().map(pair -> pair.allowed()
                ? dynamicTest(pair + " is allowed", () -> assertAllowed(transitions, pair))
                : dynamicTest(pair + " is refused", () -> assertRefused(transitions, pair))));
    }

    /** Every pair, with {@code predicate} true exactly where the table allows it. */
    public Stream<DynamicTest> checkAgainst(BiPredicate<S, S> predicate) {
        return Stream.concat(Stream.of(namesEveryState()), pairs().map(pair -> dynamicTest(
                pair + (pair.allowed() ? " is allowed" : " is refused"),
                () -> assertThat(predicate.test(pair.from(), pair.to())).isEqualTo(pair.allowed()))));
    }

    private DynamicTest namesEveryState() {
        return dynamicTest("the table names every state of " + type.getSimpleName() + " once", () -> {
            Set<S> named = allowedTargets.keySet().stream().map(this::state)
                    .collect(Collectors.toCollection(() -> EnumSet.noneOf(type)));
            assertThat(named).hasSize(allowedTargets.size()).isEqualTo(EnumSet.allOf(type));
        });
    }

    private Stream<Pair<S>> pairs() {
        return allowedTargets.keySet().stream().flatMap(from -> allowedTargets.keySet().stream()
                .map(to -> new Pair<>(from, to, state(from), state(to), allowedTargets.get(from).contains(to))));
    }

    private S state(String wireName) {
        return Enum.valueOf(type, wireName.toUpperCase(Locale.ROOT));
    }

    private static <S extends Enum<S>> void assertAllowed(Transitions<S> transitions, Pair<S> pair) {
        assertThat(transitions.allows(pair.from(), pair.to())).isTrue();
        assertThat(transitions.check(pair.from(), pair.to())).isEqualTo(pair.to());
    }

    private static <S extends Enum<S>> void assertRefused(Transitions<S> transitions, Pair<S> pair) {
        assertThat(transitions.allows(pair.from(), pair.to())).isFalse();
        assertThatThrownBy(() -> transitions.check(pair.from(), pair.to()))
                .isInstanceOfSatisfying(BusinessRuleViolated.class, e -> assertThat(e.errors()).isEmpty())
                .hasMessage("Invalid status transition from " + pair.fromWireName() + " to " + pair.toWireName());
    }

    private record Pair<S>(String fromWireName, String toWireName, S from, S to, boolean allowed) {
        @Override
        public String toString() {
            return fromWireName + " -> " + toWireName;
        }
    }
}
