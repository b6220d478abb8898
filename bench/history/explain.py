#!/usr/bin/env python3
"""EXPLAIN (ANALYZE, BUFFERS) of the history page's two statements, exactly as JdbiHistory sends them.

The SQL is not copied here: it is read from JdbiHistory.java's text blocks and put together as forUser() does,
with the parameters in bind()'s order, so the script measures whatever the adapter says today (and stops with an
error if the adapter's shape changed so that it can no longer tell). Each statement is PREPAREd with the types
pgjdbc sends (setString: varchar, setInt: int4, setLong: int8) and EXECUTEd with the case's values: custom plans,
as the driver's first executions get. One unmeasured execution warms the cache, then EXPLAIN (ANALYZE, BUFFERS)
three times; the median execution's plan is kept.

    explain.py --db NAME --source .../JdbiHistory.java --out DIR [--variant NAME] [--rewrite]

Writes DIR/<variant>.plans.txt (every plan) and DIR/<variant>.json (the timings), and prints a summary table.
With --rewrite, each case's rows are first compared with those of JdbiHistory's own statements (exit 1 if any
differ), so a proposal is measured only if it answers the same.
"""
import argparse
import json
import os
import re
import subprocess
import sys
import textwrap

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
INDEXES = ["postings_wallet_history", "transfers_escrow_movements", "deposits_user_created_at", "transfers_pkey",
           "postings_pkey", "deposits_pkey", "withdrawals_pkey", "users_pkey", "transfers_type"]


def text_block(source, name):
    match = re.search(r'static final String %s = """\n(.*?)"""(\.formatted\(ITEM_TYPE\))?;' % name, source, re.S)
    if not match:
        sys.exit("explain.py: JdbiHistory.java has no text block %s any more: update bench/history/explain.py" % name)
    return textwrap.dedent(match.group(1)), bool(match.group(2))


def history_sql(source):
    """The statements' parts, from the adapter's source."""
    item_type, _ = text_block(source, "ITEM_TYPE")
    parts = {}
    for name in ("WALLET_ITEMS", "UNSETTLED_DEPOSITS", "PLATFORM_ITEMS"):
        text, formatted = text_block(source, name)
        parts[name] = text.replace("%s", item_type).replace("%%", "%") if formatted else text
    list_match = re.search(r'String list = items \+ """\n(.*?)""" \+ filter\s*\+ "(.*?)";', source, re.S)
    count_match = re.search(r'String count = items \+ "(.*?)" \+ filter;', source)
    filter_match = re.search(r'String filter = type == null \? "" : "(.*?)";', source)
    if not (list_match and count_match and filter_match):
        sys.exit("explain.py: JdbiHistory.forUser changed shape: update bench/history/explain.py")
    parts["LIST"] = textwrap.dedent(list_match.group(1))
    parts["ORDER"] = list_match.group(2).replace('\\"', '"')
    parts["COUNT"] = count_match.group(1)
    parts["FILTER"] = filter_match.group(1)
    return parts


def statements(parts, user, type_filter, page):
    """(count sql, count params, list sql, list params) as JdbiHistory.forUser builds and binds them."""
    is_platform = user == PLATFORM
    items = "with items as (" + parts["WALLET_ITEMS"] + "\nunion all\n" + parts["UNSETTLED_DEPOSITS"]
    if is_platform:
        items += "\nunion all\n" + parts["PLATFORM_ITEMS"]
    items += ")\n"
    filter_sql = "" if type_filter is None else parts["FILTER"]
    count = items + parts["COUNT"] + filter_sql
    listing = items + parts["LIST"] + filter_sql + parts["ORDER"]
    params = [user, user, PLATFORM, user, PLATFORM, user, "wallet:" + user, user, user]
    if is_platform:
        params += [PLATFORM, PLATFORM]
    if type_filter is not None:
        params.append(type_filter)
    types = ["varchar"] * len(params)
    return (count, list(params), list(types),
            listing, params + [LIMIT, (page - 1) * LIMIT], types + ["int4", "int8"])


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


# The proposal's totals: the same sums from the wallet history index alone (postings carry their transfer's type).
PROPOSED_SUMMARY = """select wallet.*, balance.balance_cents,
       (select coalesce(sum(posting.amount_cents), 0)::bigint from postings posting
        where posting.account_key = balance.account_key and posting.account_key like 'wallet:%'
          and posting.transfer_type = 'completion_approved') as earnings_cents,
       (select coalesce(sum(-posting.amount_cents), 0)::bigint from postings posting
        where posting.account_key = balance.account_key and posting.account_key like 'wallet:%'
          and posting.transfer_type in ('offer_accepted', 'offer_refunded')) as spent_cents,
       (select coalesce(sum(withdrawal.amount_cents), 0)::bigint from withdrawals withdrawal
        where withdrawal.user_id = wallet.user_id and withdrawal.status = 'completed') as withdrawn_cents
from wallets wallet
join wallet_balances balance on balance.account_key = 'wallet:' || wallet.user_id
where wallet.user_id = ?"""


def rows(db, sql, params, types):
    """The statement's result, as psql prints it (unaligned, one line a row)."""
    values = ", ".join(literal(v) for v in params)
    return psql(db, "prepare q(%s) as %s;\nexecute q(%s);\n" % (", ".join(types), numbered(sql), values))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", required=True)
    parser.add_argument("--source", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--variant", default="as-is")
    parser.add_argument("--summary-source", help="JdbiWallets.java: also measure GET /api/wallet's totals")
    parser.add_argument("--rewrite", help="a Python file whose statements(parts, user, type, page) replaces this one's")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    parts = history_sql(open(args.source).read())
    build = statements
    if args.rewrite:
        namespace = {"PLATFORM": PLATFORM, "LIMIT": LIMIT}
        exec(compile(open(args.rewrite).read(), args.rewrite, "exec"), namespace)
        build = namespace["statements"]
    results, plans, differences = [], [], []
    for user_name, user in USERS.items():
        for page_name, page, type_filter in PAGES:
            count_sql, count_params, count_types, list_sql, list_params, list_types = build(parts, user, type_filter, page)
            if args.rewrite:
                # The rewrite must answer exactly what the adapter's statements answer, row for row.
                original = statements(parts, user, type_filter, page)
                for kind, mine, theirs in (("count", (count_sql, count_params, count_types), original[0:3]),
                                           ("page", (list_sql, list_params, list_types), original[3:6])):
                    if rows(args.db, *mine) != rows(args.db, *theirs):
                        differences.append("%s, %s, %s query" % (user_name, page_name, kind))
            for kind, sql, params, types in (("count", count_sql, count_params, count_types),
                                             ("page", list_sql, list_params, list_types)):
                r = explain(args.db, sql, params, types)
                title = "%s, %s, %s query" % (user_name, page_name, kind)
                plans += ["=" * 100, title, "-" * len(title), r.pop("plan"), ""]
                r.update({"user": user_name, "case": page_name, "query": kind})
                results.append(r)
    if args.summary_source:
        # GET /api/wallet's totals read the same postings: the statement, per user.
        original = wallet_summary_sql(args.summary_source)
        summary = PROPOSED_SUMMARY if args.rewrite else original
        for user_name, user in USERS.items():
            if args.rewrite and rows(args.db, summary, [user], ["varchar"]) != rows(args.db, original, [user], ["varchar"]):
                differences.append("%s, GET /api/wallet totals" % user_name)
            r = explain(args.db, summary, [user], ["varchar"])
            title = "%s, GET /api/wallet totals (JdbiWallets.summary)" % user_name
            plans += ["=" * 100, title, "-" * len(title), r.pop("plan"), ""]
            r.update({"user": user_name, "case": "wallet totals", "query": "sum"})
            results.append(r)
    sample = build(parts, USERS["heavy customer"], None, 1)
    plans += ["=" * 100, "The statements (heavy customer, first page; $n as bound above):", "",
              numbered(sample[0]) + ";", "", numbered(sample[3]) + ";", ""]
    with open(os.path.join(args.out, args.variant + ".plans.txt"), "w") as f:
        f.write("\n".join(plans) + "\n")
    with open(os.path.join(args.out, args.variant + ".json"), "w") as f:
        json.dump({"results": results, "differences": differences}, f, indent=2)
    if args.rewrite:
        verdict = ("DIFFERENT RESULTS: " + "; ".join(differences)) if differences else \
            "every case answers exactly what JdbiHistory's statements answer (rows compared as text)"
        print("%s: %s" % (args.variant, verdict))
    print("%s:" % args.variant)
    print("%-16s %-14s %-6s %10s %9s %9s %9s %6s  %s" % ("user", "case", "query", "exec ms", "plan ms", "hit",
                                                           "read", "rows", "V4 indexes used"))
    for r in results:
        print("%-16s %-14s %-6s %10.2f %9.2f %9d %9d %6s  %s" % (
            r["user"], r["case"], r["query"], r["execution_ms"], r["planning_ms"], r["buffers_hit"], r["buffers_read"],
            r["rows"], ", ".join(i for i in r["indexes"] if i in INDEXES[:3]) or "-"))
    if differences:
        sys.exit(1)


if __name__ == "__main__":
    main()
