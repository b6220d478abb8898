package com.jobsphere.e2e.faults;

import com.jobsphere.e2e.support.Api;
import com.jobsphere.e2e.support.Marketplace;
import com.jobsphere.e2e.support.Psql;
import com.jobsphere.e2e.support.User;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A money request sent with an {@code Idempotency-Key}, as the app sends it, and every answer it got: the first
 * one under the fault, then those of its retries with the same key and the same body. Each key asks for an amount
 * no other request of its user asks for, so its effect can be found in the database by user and amount.
 */
final class KeyedRequest {
    private final String key;
    private final User user;
    private final String path;
    private final BigDecimal amount;
    private final List<Answer> answers = new CopyOnWriteArrayList<>();

    KeyedRequest(String key, User user, String path, BigDecimal amount) {
        this.key = key;
        this.user = user;
        this.path = path;
        this.amount = amount;
    }

    /** Sends the request (again) to {@code api}; a broken connection is an answer too: {@link Answer#lost}. */
    Answer sendTo(Api api) {
        Answer answer;
        try {
            answer = Answer.of(api.post(path).as(user).idempotencyKey(key)
                    .json(Marketplace.amount(amount.toPlainString())).send());
        } catch (UncheckedIOException e) {
            answer = Answer.lost(e.getCause());
        }
        answers.add(answer);
        return answer;
    }

    String key() {
        return key;
    }

    User user() {
        return user;
    }

    String path() {
        return path;
    }

    BigDecimal amount() {
        return amount;
    }

    long amountCents() {
        return amount.movePointRight(2).longValueExact();
    }

    /** What finds this request's effect in the database, as {@link #effects} counts them: its user and amount. */
    String effectKey() {
        return user.id() + ":" + amountCents();
    }

    /** How many rows of {@code table} (withdrawals, deposits) each user has of each amount, by {@link #effectKey}. */
    static Map<String, Long> effects(Psql psql, String table) {
        Map<String, Long> counts = new HashMap<>();
        for (Map<String, Object> row : psql.rows("select user_id, amount_cents, count(*) as effects from " + table
                + " group by user_id, amount_cents")) {
            counts.put(row.get("user_id") + ":" + row.get("amount_cents"), ((Number) row.get("effects")).longValue());
        }
        return counts;
    }

    /** How many of {@code requests} there are of each {@code outcome}, for the figures a test prints. */
    static Map<String, Long> tally(List<KeyedRequest> requests, Function<KeyedRequest, String> outcome) {
        return requests.stream().collect(Collectors.groupingBy(outcome, TreeMap::new, Collectors.counting()));
    }

    Answer first() {
        return answers.get(0);
    }

    Answer last() {
        return answers.get(answers.size() - 1);
    }

    List<Answer> answers() {
        return List.copyOf(answers);
    }

    boolean retried() {
        return answers.size() > 1;
    }

    @Override
    public String toString() {
        return "POST " + path + " " + amount + " by " + user.id() + " with key " + key + ": " + answers;
    }
}
