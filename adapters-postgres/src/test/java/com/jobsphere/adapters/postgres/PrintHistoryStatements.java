package com.jobsphere.adapters.postgres;

import com.jobsphere.domain.common.WireNames;
import com.jobsphere.domain.wallet.TransactionType;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints the history's statements exactly as {@link JdbiHistory} sends them, for bench/history/explain.py: not a
 * test. Run from the repository after a build, with the platform's user id and one {@code user:type:page} per case
 * ({@code type} is a wire name, or {@code -} for every type):
 *
 * <pre>java -cp adapters-postgres/target/classes:adapters-postgres/target/test-classes:domain/target/classes \
 *     com.jobsphere.adapters.postgres.PrintHistoryStatements PLATFORM USER:-:1 USER:deposit:50 ...</pre>
 *
 * It prints a JSON array with, per case, the count and the page: their text and their parameters, each with the
 * type pgjdbc binds it as (setString: varchar, setInt: int4, setLong: int8).
 */
final class PrintHistoryStatements {
    private static final int LIMIT = 20;

    private PrintHistoryStatements() {
    }

    public static void main(String[] arguments) {
        String platform = arguments[0];
        List<String> cases = new ArrayList<>();
        for (int index = 1; index < arguments.length; index++) {
            String[] parts = arguments[index].split(":", 3);
            TransactionType type = parts[1].equals("-") ? null : WireNames.parse(TransactionType.class, parts[1])
                    .orElseThrow(() -> new IllegalArgumentException("no transaction type " + parts[1]));
            int page = Integer.parseInt(parts[2]);
            HistoryQuery query = HistoryQuery.of(parts[0], platform, type, LIMIT, (long) (page - 1) * LIMIT);
            cases.add("{\"case\": " + string(arguments[index]) + ", \"count\": " + json(query.count())
                    + ", \"page\": " + json(query.page()) + "}");
        }
        System.out.println("[" + String.join(",\n", cases) + "]");
    }

    private static String json(HistoryQuery.Statement statement) {
        List<String> parameters = new ArrayList<>();
        for (Object parameter : statement.parameters()) {
            String type = parameter instanceof String ? "varchar" : parameter instanceof Integer ? "int4" : "int8";
            String value = parameter instanceof String text ? string(text) : parameter.toString();
            parameters.add("{\"type\": \"" + type + "\", \"value\": " + value + "}");
        }
        return "{\"sql\": " + string(statement.sql()) + ", \"parameters\": [" + String.join(", ", parameters) + "]}";
    }

    private static String string(String text) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char character : text.toCharArray()) {
            switch (character) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                default -> quoted.append(character < ' ' ? String.format("\\u%04x", (int) character)
                        : String.valueOf(character));
            }
        }
        return quoted.append('"').toString();
    }
}
