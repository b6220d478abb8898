#!/usr/bin/env python3
"""EXPLAIN (ANALYZE, BUFFERS) of the history page's two statements and of GET /api/wallet's totals.

Two variants. "v4": the statements V4 to V7 sent, frozen in v4.py, measured on the V7 schema as the baseline.
"adapter": the statements exactly as JdbiHistory sends them today, printed by the adapter's own HistoryQuery
(PrintHistoryStatements, run by bench/history/run) into a JSON file, and JdbiWallets.summary's text block. Each
statement is PREPAREd with the types pgjdbc sends (setString: varchar, setInt: int4, setLong: int8) and EXECUTEd with
the case's values: custom plans, as the driver's first executions get. One unmeasured execution warms the cache, then
EXPLAIN (ANALYZE, BUFFERS) three times; the median execution's plan is kept.

    explain.py --db NAME --out DIR --variant v4 [--summary-source OLD_SUMMARY] (uses v4.py)
    explain.py --db NAME --out DIR --variant adapter --statements FILE.json --summary-source .../JdbiWallets.java

Writes DIR/<variant>.plans.txt (every plan), DIR/<variant>.json (the timings) and DIR/<variant>.rows.json (every
case's rows), and prints a summary table. With --compare-with DIR/v4.rows.json, each case's rows must be exactly
those the baseline answered (exit 1 if any differ): the rewrite is measured only if it answers the same.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import v4  # noqa: E402

USERS = {
    "heavy customer": "c0" + format(1, "022x"),
    "light customer": "c0" + format(2, "022x"),
    "platform admin": "ad" + "1".rjust(22, "0"),
}
PLATFORM = USERS["platform admin"]
LIMIT = 20
# (name, page, type filter): the first page, page 50 (offset 980), and a type filter, per user.
PAGES = [("first page", 1, None), ("page 50", 50, None), ("type=deposit", 1, "deposit"),
         ("type=refund", 1, "refund")]
INDEXES = ["postings_wallet_history", "transfers_escrow_movements", "deposits_user_created_at_id",
           "deposits_user_created_at", "transfers_pkey", "postings_pkey", "deposits_pkey", "withdrawals_pkey",
           "users_pkey", "transfers_type"]


def case_key(user, type_filter, page):
    """How PrintHistoryStatements names a case: user:type:page, with - for every type."""
    return "%s:%s:%d" % (user, type_filter or "-", page)


def cases():
    return [(user_name, user, page_name, page, type_filter)
            for user_name, user in USERS.items() for page_name, page, type_filter in PAGES]


def adapter_statements(path):
    """The adapter's statements per case, from PrintHistoryStatements' JSON."""
    printed = {entry["case"]: entry for entry in json.load(open(path))}

    def build(user, type_filter, page):
        entry = printed.get(case_key(user, type_filter, page))
        if entry is None:
            sys.exit("explain.py: %s has no case %s" % (path, case_key(user, type_filter, page)))
        count, listing = entry["count"], entry["page"]
        return (count["sql"], [p["value"] for p in count["parameters"]], [p["type"] for p in count["parameters"]],
                listing["sql"], [p["value"] for p in listing["parameters"]], [p["type"] for p in listing["parameters"]])
    return build


def v4_statements(user, type_filter, page):
    return v4.statements(user, PLATFORM, type_filter, page, LIMIT)


def numbered(sql):
    """JDBC's ? placeholders as $1, $2, ... (the history SQL has no ? inside a literal)."""
    counter = iter(range(1, 1000))
    return re.sub(r"\?", lambda _: "$%d" % next(counter), sql)


def literal(value):
    return str(value) if isinstance(value, int) else "'" + str(value).replace("'", "''") + "'"


def psql(db, script):
    result = subprocess.run(["psql", "-X", "-q", "-At", "-h", os.environ.get("PGHOST", "127.0.0.1"),
                             "-U", os.environ.get("PGUSER", "postgres"), "-d", db, "-v", "ON_ERROR_STOP=1"],
                            input=script, capture_output=True, text=True)
    if result.returncode != 0:
        sys.exit("explain.py: psql failed: " + result.stderr[:2000])
    return result.stdout


RUNS = 3


def explain(db, sql, params, types):
    """The plan of the median of RUNS measured executions, after one unmeasured one (the machine is shared: one
    execution's time says little)."""
    values = ", ".join(literal(v) for v in params)
    script = "prepare q(%s) as %s;\nexecute q(%s);\n" % (", ".join(types), numbered(sql), values)
    script += "\\echo ----plan----\nexplain (analyze, buffers) execute q(%s);\n" % values * RUNS
    out = psql(db, script)
    texts = [chunk.strip() for chunk in out.split("----plan----")[1:]]
    texts.sort(key=lambda t: float(re.search(r"Execution Time: ([0-9.]+) ms", t).group(1)))
    text = texts[len(texts) // 2]
    execution = float(re.search(r"Execution Time: ([0-9.]+) ms", text).group(1))
    planning = float(re.search(r"Planning Time: ([0-9.]+) ms", text).group(1))
    top_buffers = re.search(r"Buffers: shared(?: hit=(\d+))?(?: read=(\d+))?", text)
    hit = int(top_buffers.group(1) or 0) if top_buffers else 0
    read = int(top_buffers.group(2) or 0) if top_buffers else 0
    used = [name for name in INDEXES if re.search(r"\b%s\b" % name, text)]
    rows = re.search(r"\(actual time=[0-9.]+\.\.[0-9.]+ rows=(\d+)", text)
    return {"execution_ms": execution, "planning_ms": planning, "buffers_hit": hit, "buffers_read": read,
            "indexes": used, "rows": int(rows.group(1)) if rows else None, "plan": text}


def wallet_summary_sql(path):
    """JdbiWallets.summary's statement (GET /api/wallet's totals), with its :userId as a ? parameter."""
    match = re.search(r'public Optional<WalletSummary> summary\(UserId userId\) \{.*?createQuery\("""\n(.*?)"""\)', open(path).read(),
                      re.S)
    if not match:
        sys.exit("explain.py: JdbiWallets.summary changed shape: update bench/history/explain.py")
    return re.sub(r"--[^\n]*", "", textwrap.dedent(match.group(1))).replace(":userId", "?")


def rows(db, sql, params, types):
    """The statement's result, as psql prints it (unaligned, one line a row)."""
    values = ", ".join(literal(v) for v in params)
    return psql(db, "prepare q(%s) as %s;\nexecute q(%s);\n" % (", ".join(types), numbered(sql), values))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--variant", required=True, choices=["v4", "adapter"])
    parser.add_argument("--statements", help="the adapter's statements, as PrintHistoryStatements printed them")
    parser.add_argument("--summary-source", help="JdbiWallets.java: also measure GET /api/wallet's totals")
    parser.add_argument("--compare-with", help="a baseline's rows.json: every case must answer exactly the same")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    if args.variant == "adapter" and not args.statements:
        sys.exit("explain.py: the adapter variant needs --statements")
    build = adapter_statements(args.statements) if args.variant == "adapter" else v4_statements
    baseline = json.load(open(args.compare_with)) if args.compare_with else None
    results, plans, answers, differences = [], [], {}, []
    for user_name, user, page_name, page, type_filter in cases():
        count_sql, count_params, count_types, list_sql, list_params, list_types = build(user, type_filter, page)
        for kind, sql, params, types in (("count", count_sql, count_params, count_types),
                                         ("page", list_sql, list_params, list_types)):
            title = "%s, %s, %s query" % (user_name, page_name, kind)
            answers[title] = rows(args.db, sql, params, types)
            r = explain(args.db, sql, params, types)
            plans += ["=" * 100, title, "-" * len(title), r.pop("plan"), ""]
            r.update({"user": user_name, "case": page_name, "query": kind})
            results.append(r)
    summary = None
    if args.variant == "v4":
        summary = v4.SUMMARY
    elif args.summary_source:
        summary = wallet_summary_sql(args.summary_source)
    if summary:
        # GET /api/wallet's totals read the same postings: the statement, per user.
        for user_name, user in USERS.items():
            title = "%s, GET /api/wallet totals (JdbiWallets.summary)" % user_name
            answers[title] = rows(args.db, summary, [user], ["varchar"])
            r = explain(args.db, summary, [user], ["varchar"])
            plans += ["=" * 100, title, "-" * len(title), r.pop("plan"), ""]
            r.update({"user": user_name, "case": "wallet totals", "query": "sum"})
            results.append(r)
    if baseline is not None:
        differences = [title for title in baseline if answers.get(title) != baseline[title]]
    sample = build(USERS["heavy customer"], None, 1)
    plans += ["=" * 100, "The statements (heavy customer, first page; $n as bound above):", "",
              numbered(sample[0]) + ";", "", numbered(sample[3]) + ";", ""]
    with open(os.path.join(args.out, args.variant + ".plans.txt"), "w") as f:
        f.write("\n".join(plans) + "\n")
    with open(os.path.join(args.out, args.variant + ".rows.json"), "w") as f:
        json.dump(answers, f, indent=1)
    with open(os.path.join(args.out, args.variant + ".json"), "w") as f:
        json.dump({"results": results, "differences": differences}, f, indent=2)
    if baseline is not None:
        verdict = ("DIFFERENT RESULTS: " + "; ".join(differences)) if differences else \
            "every case answers exactly what the V4 statements answered (rows compared as text)"
        print("%s: %s" % (args.variant, verdict))
    print("%s:" % args.variant)
    print("%-16s %-14s %-6s %10s %9s %9s %9s %6s  %s" % ("user", "case", "query", "exec ms", "plan ms", "hit",
                                                           "read", "rows", "history indexes used"))
    for r in results:
        print("%-16s %-14s %-6s %10.2f %9.2f %9d %9d %6s  %s" % (
            r["user"], r["case"], r["query"], r["execution_ms"], r["planning_ms"], r["buffers_hit"], r["buffers_read"],
            r["rows"], ", ".join(i for i in r["indexes"] if i in INDEXES[:4]) or "-"))
    if differences:
        sys.exit(1)


if __name__ == "__main__":
    main()
