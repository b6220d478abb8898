#!/usr/bin/env python3
"""Helpers for bench/run: tokens, signed webhook bodies, result parsing, the report, the JFR summary.

Standard library only. Every HTTP call goes to the service on 127.0.0.1.
"""
import argparse
import base64
import collections
import concurrent.futures
import glob
import hashlib
import hmac
import json
import os
import re
import socket
import sys
import time
import urllib.error
import urllib.request
import uuid

# The ids bench/sql/seed.sql gives its rows (see the comment at its top).
def customer_id(n):
    return "e0" + format(n, "022x")


def contractor_id(n):
    return "e1" + format(n, "022x")


def offer_id(n):
    return "e6" + format(n, "022x")


def deposit_id(n):
    return "e7" + format(n, "022x")


def deposit_amount_cents(n):
    return 10000 + (n % 50) * 100


def die(message):
    print("bench: " + message, file=sys.stderr)
    sys.exit(1)


# ---------------------------------------------------------------- HTTP

def call(base, method, path, body=None, token=None, timeout=30):
    """(status, parsed JSON or raw text) of one request."""
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("Content-Type", "application/json")
    if token:
        request.add_header("Authorization", "Bearer " + token)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            status, raw = response.status, response.read()
    except urllib.error.HTTPError as e:
        status, raw = e.code, e.read()
    try:
        return status, json.loads(raw or b"null")
    except ValueError:
        return status, raw.decode(errors="replace")


def access_token(reply):
    try:
        return reply["data"]["tokens"]["accessToken"]
    except (TypeError, KeyError):
        return None


def cmd_free_port(args):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        print(s.getsockname()[1])


def cmd_wait_up(args):
    """Waits until the service answers HTTP at all (an unauthenticated /api/auth/me is 401 once it is up)."""
    deadline = time.time() + args.timeout
    while time.time() < deadline:
        if args.pid:
            try:
                os.kill(args.pid, 0)
            except OSError:
                die("the service exited during start-up")
        try:
            status, _ = call(args.base, "GET", "/api/auth/me", timeout=2)
            if status in (200, 401):
                return
        except OSError:
            pass
        time.sleep(0.25)
    die("the service did not answer on %s within %d s" % (args.base, args.timeout))


def cmd_check_jar(args):
    """Exit 0 if the file is a complete jar whose manifest names a Main-Class."""
    import zipfile
    try:
        with zipfile.ZipFile(args.jar) as jar:
            manifest = jar.read("META-INF/MANIFEST.MF").decode(errors="replace")
            if jar.testzip() is None and "Main-Class:" in manifest:
                return
    except (OSError, KeyError, zipfile.BadZipFile):
        pass
    sys.exit(1)


def cmd_register(args):
    """Registers one user through the API; prints its access token (its password hash is then in the DB)."""
    status, reply = call(args.base, "POST", "/api/auth/register",
                         {"email": args.email, "password": args.password, "name": args.name, "role": args.role})
    token = access_token(reply)
    if status != 201 or not token:
        die("registering %s failed: %s %s" % (args.email, status, json.dumps(reply)[:500]))
    print(token)


def cmd_login(args):
    status, reply = call(args.base, "POST", "/api/auth/login", {"email": args.email, "password": args.password})
    token = access_token(reply)
    if status != 200 or not token:
        die("logging in %s failed: %s %s" % (args.email, status, json.dumps(reply)[:500]))
    print(token)


def cmd_verify_ledger(args):
    token = open(args.token_file).read().strip()
    status, reply = call(args.base, "GET", "/api/admin/ledger/verify", token=token, timeout=120)
    with open(args.out, "w") as f:
        json.dump({"status": status, "reply": reply}, f, indent=2)
    data = reply.get("data") if isinstance(reply, dict) else None
    if status != 200 or not isinstance(data, dict) or data.get("balanced") is not True:
        print("LEDGER NOT BALANCED (or verify failed): %s %s" % (status, json.dumps(reply)[:2000]))
        sys.exit(1)
    print("ledger balanced: %s accounts, %s transfers checked" % (data.get("accountsChecked"), data.get("transfersChecked")))


# ---------------------------------------------------------------- tokens

def b64url_decode(part):
    return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))


def b64url(raw):
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


def mint(secret, header, template, sub, role, email, name, now):
    """An HS256 access token shaped exactly like the template the service issued, for another user."""
    payload = dict(template)
    payload["sub"] = sub
    payload["role"] = role
    lifetime = 900
    if isinstance(template.get("exp"), int) and isinstance(template.get("iat"), int):
        lifetime = template["exp"] - template["iat"]
    payload["iat"] = now
    payload["exp"] = now + lifetime
    if "nbf" in payload:
        payload["nbf"] = now
    if "jti" in payload:
        payload["jti"] = uuid.uuid4().hex
    if "email" in payload:
        payload["email"] = email
    if "name" in payload:
        payload["name"] = name
    signing_input = b64url(json.dumps(header, separators=(",", ":")).encode()) + "." + \
        b64url(json.dumps(payload, separators=(",", ":")).encode())
    signature = hmac.new(secret, signing_input.encode(), hashlib.sha256).digest()
    return signing_input + "." + b64url(signature)


def cmd_tokens(args):
    """tokens.txt: one access token per seeded user, customers 1..C then contractors 1..K.

    Tokens are minted with JWT_SECRET on the template of a token the service issued at registration; one
    customer's and one contractor's are checked against GET /api/wallet first. Should the service refuse
    them, every user logs in through the API instead (one Argon2 verification each: slower, still valid).
    """
    secret = args.secret.encode()
    template_token = open(args.template).read().strip()
    parts = template_token.split(".")
    if len(parts) != 3:
        die("the service's access token is not a JWT: " + template_token[:40])
    header = json.loads(b64url_decode(parts[0]))
    template = json.loads(b64url_decode(parts[1]))
    if header.get("alg") != "HS256":
        die("the service's access token is %s, not HS256" % header.get("alg"))
    users = [(customer_id(n), "customer", n) for n in range(1, args.customers + 1)] + \
            [(contractor_id(n), "contractor", n) for n in range(1, args.contractors + 1)]
    now = int(time.time())
    tokens = [mint(secret, header, template, uid, role, "bench-%s-%d@bench.local" % (role, n),
                   "Bench %s %d" % (role.capitalize(), n), now) for uid, role, n in users]
    probes = [0, args.customers] if args.contractors else [0]
    minted_ok = True
    for index in probes:
        status, reply = call(args.base, "GET", "/api/wallet", token=tokens[index])
        data = reply.get("data") if isinstance(reply, dict) else None
        if status != 200 or (isinstance(data, dict) and data.get("user") not in (None, users[index][0])):
            print("bench: a minted token was refused (%s %s); logging every user in through the API instead"
                  % (status, json.dumps(reply)[:300]), file=sys.stderr)
            minted_ok = False
            break
    if not minted_ok:
        def log_in(user):
            uid, role, n = user
            status, reply = call(args.base, "POST", "/api/auth/login",
                                 {"email": "bench-%s-%d@bench.local" % (role, n), "password": args.password})
            token = access_token(reply)
            if status != 200 or not token:
                raise RuntimeError("login of %s failed: %s %s" % (uid, status, json.dumps(reply)[:300]))
            return token
        with concurrent.futures.ThreadPoolExecutor(max_workers=4) as pool:
            tokens = list(pool.map(log_in, users))
    with open(args.out, "w") as f:
        f.write("\n".join(tokens) + "\n")
    print("minted" if minted_ok else "logged-in")


def cmd_accept_list(args):
    """accept.txt: '<offerId> <tokenLine>' for offers 1..O, tokenLine being the offer's contractor's token."""
    with open(args.out, "w") as f:
        for n in range(1, args.offers + 1):
            contractor = (n - 1) % args.contractors + 1
            f.write("%s %d\n" % (offer_id(n), args.customers + contractor - 1))


def cmd_sign_deposits(args):
    """deposits.txt: '<Stripe-Signature>\\t<body>' per pending deposit, a checkout.session.completed event each.

    Signed now, as Stripe signs: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<body>")>. The service
    refuses signatures older than 300 s, so bench/run signs them just before the deposit runs.
    """
    secret = args.secret.encode()
    stamp = int(time.time())
    with open(args.out, "w") as f:
        for n in range(1, args.deposits + 1):
            user = customer_id((n - 1) % args.customers + 1)
            body = json.dumps({
                "id": "evt_bench_%d_%d" % (stamp, n),
                "object": "event",
                "api_version": "2024-06-20",
                "created": stamp,
                "livemode": False,
                "type": "checkout.session.completed",
                "data": {"object": {
                    "id": "cs_test_bench_%d" % n,
                    "object": "checkout.session",
                    "client_reference_id": deposit_id(n),
                    "amount_total": deposit_amount_cents(n),
                    "currency": "usd",
                    "mode": "payment",
                    "status": "complete",
                    "payment_status": "paid",
                    "metadata": {"depositId": deposit_id(n), "userId": user},
                }},
            }, separators=(",", ":"))
            mac = hmac.new(secret, ("%d.%s" % (stamp, body)).encode(), hashlib.sha256).hexdigest()
            f.write("t=%d,v1=%s\t%s\n" % (stamp, mac, body))


# ---------------------------------------------------------------- CPU used by other processes

def read_cpu():
    """A snapshot of the machine's CPU counters and every process's CPU ticks, from /proc."""
    with open("/proc/stat") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    procs = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % entry) as f:
                raw = f.read()
        except OSError:
            continue
        comm = raw[raw.index("(") + 1:raw.rindex(")")]
        rest = raw[raw.rindex(")") + 2:].split()
        # rest[0] is field 3 (state): utime is field 14, stime 15, starttime 22.
        procs["%s:%s" % (entry, rest[19])] = [int(entry), comm, int(rest[11]) + int(rest[12])]
    return {"time": time.time(), "stat": fields, "procs": procs}


def cmd_cpu_monitor(args):
    """Appends a snapshot to --out every --interval seconds until stopped (SIGTERM): the load generator and
    its PostgreSQL backends exit when a run ends, so their CPU time is read while they still exist."""
    import signal
    stop = []
    signal.signal(signal.SIGTERM, lambda *_: stop.append(True))
    parent = os.getppid()
    deadline = time.time() + args.max_seconds
    with open(args.out, "w") as f:
        while True:
            f.write(json.dumps(read_cpu()) + "\n")
            f.flush()
            # Never outlive the run: stop when told, when bench/run is gone, or after --max-seconds.
            if stop or os.getppid() != parent or time.time() > deadline:
                return
            time.sleep(args.interval)


OWN_COMMANDS = {"postgres", "wrk", "pgbench"}


def cpu_usage(samples_path, own_pid):
    """CPUs used during a run by the service, by PostgreSQL, by the load generator (wrk or pgbench) and by
    every other process, and how busy the whole machine was, from cpu-monitor's snapshots. A process's
    share is its last reading less its first (zero if it started during the run). PostgreSQL backends
    serving someone else count as PostgreSQL."""
    samples = [json.loads(line) for line in open(samples_path) if line.strip()]
    if len(samples) < 2:
        return {}
    first, last = samples[0], samples[-1]
    elapsed = max(last["time"] - first["time"], 0.001)
    ticks = os.sysconf("SC_CLK_TCK")
    seen = {}
    for sample in samples:
        for key, (pid, comm, total) in sample["procs"].items():
            start = first["procs"].get(key, [0, "", 0])[2]
            seen[key] = (pid, comm, total - start)
    used = collections.Counter()
    for pid, comm, delta in seen.values():
        if pid == own_pid:
            used["service"] += delta
        elif comm == "postgres":
            used["postgres"] += delta
        elif comm in ("wrk", "pgbench"):
            used["client"] += delta
        else:
            used["other"] += delta
    deltas = [a - b for a, b in zip(last["stat"], first["stat"])]
    total = max(sum(deltas[:8]), 1)
    idle = deltas[3] + deltas[4]
    result = {"%s_cpus" % k: round(used[k] / ticks / elapsed, 2) for k in ("service", "postgres", "client", "other")}
    result["machine_busy_pct"] = round(100.0 * (total - idle) / total, 1)
    return result

# ---------------------------------------------------------------- results

UNIT_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}


def to_ms(text):
    match = re.match(r"^([0-9.]+)(us|ms|s|m)$", text.strip())
    if not match:
        raise ValueError("not a wrk duration: " + text)
    return float(match.group(1)) * UNIT_MS[match.group(2)]


def parse_wrk(path):
    """Requests/sec and the latency distribution from wrk --latency's text output."""
    text = open(path).read()
    result = {}
    match = re.search(r"Requests/sec:\s+([0-9.]+)", text)
    if not match:
        raise ValueError("no Requests/sec in " + path)
    result["rps"] = float(match.group(1))
    match = re.search(r"(\d+) requests in ([0-9.]+\w+),", text)
    if match:
        result["requests"] = int(match.group(1))
    for percent in ("50", "75", "90", "99"):
        match = re.search(r"^\s+%s(?:\.0+)?%%\s+([0-9.]+\w+)\s*$" % percent, text, re.M)
        if match:
            result["p%s_ms" % percent] = to_ms(match.group(1))
    return result


def cmd_wrk_result(args):
    """Merges wrk's text output and the Lua script's done() JSON into one scenario result."""
    counts = json.load(open(args.lua_json))
    parsed = parse_wrk(args.text)
    result = {"kind": "wrk", "scenario": args.scenario, "connections": args.connections, "seconds": args.seconds,
              "rps": parsed["rps"], "requests": parsed.get("requests", counts["requests"]),
              "p50_ms": parsed.get("p50_ms"), "p90_ms": parsed.get("p90_ms"), "p99_ms": parsed.get("p99_ms"),
              "counts": counts}
    problems = []
    if counts["bad"]:
        problems.append("%d non-2xx responses (%s); first: %s" % (counts["bad"], counts["bad_statuses"],
                                                                    " | ".join(counts["first_errors"])[:600]))
    socket_errors = sum(counts["socket_errors"].values())
    if socket_errors:
        problems.append("socket errors: %s" % counts["socket_errors"])
    if counts["exhausted"]:
        problems.append("ran out of seeded items: raise BENCH_OFFERS / BENCH_DEPOSITS")
    if counts["ok"] == 0:
        problems.append("no request succeeded")
    result["problems"] = problems
    if args.cpu_samples and os.path.exists(args.cpu_samples):
        result["cpu"] = cpu_usage(args.cpu_samples, args.own_pid)
    with open(args.out, "w") as f:
        json.dump(result, f, indent=2)
    # Never go back: a thread that had no item left reports nothing, and re-sent items would succeed as replays.
    print(max(counts["next_line"], args.start))
    for problem in problems:
        print("bench: %s @%d: %s" % (args.scenario, args.connections, problem), file=sys.stderr)


def percentile(sorted_values, p):
    if not sorted_values:
        return None
    k = max(0, min(len(sorted_values) - 1, int(round(p / 100.0 * len(sorted_values) + 0.5)) - 1))
    return sorted_values[k]


def cmd_pgbench_result(args):
    text = open(args.text).read()
    match = re.search(r"tps = ([0-9.]+) \(without initial connection time\)", text)
    processed = re.search(r"number of transactions actually processed: (\d+)", text)
    failed = re.search(r"number of failed transactions: (\d+)", text)
    latencies = []
    for path in glob.glob(args.log_prefix + ".*"):
        with open(path) as f:
            for line in f:
                fields = line.split()
                if len(fields) >= 3 and fields[2].isdigit():
                    latencies.append(int(fields[2]) / 1000.0)
    latencies.sort()
    problems = []
    if not match or "aborted" in text:
        problems.append("pgbench did not complete: " + text.strip().splitlines()[-1] if text.strip() else "no output")
    if failed and int(failed.group(1)):
        problems.append("%s failed transactions" % failed.group(1))
    result = {"kind": "pgbench", "scenario": args.scenario, "connections": args.connections, "seconds": args.seconds,
              "rps": float(match.group(1)) if match else 0.0,
              "requests": int(processed.group(1)) if processed else 0,
              "p50_ms": percentile(latencies, 50), "p90_ms": percentile(latencies, 90),
              "p99_ms": percentile(latencies, 99), "problems": problems}
    if args.cpu_samples and os.path.exists(args.cpu_samples):
        result["cpu"] = cpu_usage(args.cpu_samples, args.own_pid)
    with open(args.out, "w") as f:
        json.dump(result, f, indent=2)
    for problem in problems:
        print("bench: %s @%d: %s" % (args.scenario, args.connections, problem), file=sys.stderr)


LABELS = {
    "pgbench_uniform": "pgbench (a) uniform accounts",
    "pgbench_hot_row": "pgbench (b) one hot platform row",
    "wallet": "GET /api/wallet",
    "accept": "POST .../offer/:id/accept",
    "deposit": "POST /api/webhooks/stripe (deposit)",
}
ORDER = ["pgbench_uniform", "pgbench_hot_row", "wallet", "accept", "deposit"]


def fmt(value, digits=1):
    return "-" if value is None else ("%.*f" % (digits, value))


def cmd_report(args):
    """The table, the ratios, the targets; results.json and results.txt. Exit 0 all good, 1 invalid run, 2 target missed."""
    results = {}
    for path in sorted(glob.glob(os.path.join(args.dir, "*.json"))):
        r = json.load(open(path))
        results[(r["scenario"], r["connections"])] = r
    checks = json.load(open(args.checks)) if args.checks and os.path.exists(args.checks) else {}

    lines = []
    header = "%-36s %5s %8s %9s %8s %8s %8s  %-19s" % ("scenario", "conns", "requests", "req/s", "p50 ms",
                                                         "p90 ms", "p99 ms", "CPUs svc/pg/ld/oth")
    lines += [header, "-" * len(header)]
    for scenario in ORDER:
        for (name, conns), r in sorted(results.items(), key=lambda item: item[0][1]):
            if name == scenario:
                cpu = r.get("cpu", {})
                lines.append("%-36s %5d %8d %9.1f %8s %8s %8s  %-19s%s" % (
                    LABELS.get(name, name), conns, r["requests"], r["rps"], fmt(r["p50_ms"], 2),
                    fmt(r["p90_ms"], 2), fmt(r["p99_ms"], 2),
                    "/".join(fmt(cpu.get(k + "_cpus"), 2) for k in ("service", "postgres", "client", "other")),
                    "   <- PROBLEM" if r.get("problems") else ""))
    lines.append("(CPUs: used by the service, PostgreSQL, the load generator (wrk/pgbench) and everything else,"
                 " out of %d)" % os.cpu_count())

    def rps(name, conns):
        r = results.get((name, conns))
        return r["rps"] if r else None

    lines.append("")
    for conns in sorted({c for (_, c) in results}):
        accept, uniform, hot = rps("accept", conns), rps("pgbench_uniform", conns), rps("pgbench_hot_row", conns)
        if accept and uniform:
            lines.append("accept / pgbench (a) at %2d connections: %.2f" % (conns, accept / uniform))
        if accept and hot:
            lines.append("accept / pgbench (b) at %2d connections: %.2f" % (conns, accept / hot))

    targets = []

    def target(ok, text):
        targets.append({"pass": bool(ok), "target": text})
        lines.append("%s  %s" % ("PASS" if ok else "FAIL", text))

    lines.append("")
    a8, b8, acc8, w32 = rps("pgbench_uniform", 8), rps("pgbench_hot_row", 8), rps("accept", 8), rps("wallet", 32)
    acc8_p99 = results.get(("accept", 8), {}).get("p99_ms")
    if None not in (a8, acc8):
        target(acc8 >= 0.5 * a8, "accept throughput at 8 connections >= 50%% of pgbench (a): %.1f vs %.1f (%.0f%%)"
               % (acc8, 0.5 * a8, 100.0 * acc8 / a8))
    if None not in (b8, acc8):
        target(acc8 >= b8, "accept throughput at 8 connections >= pgbench (b), the hot-row shape: %.1f vs %.1f"
               % (acc8, b8))
    if acc8_p99 is not None:
        target(acc8_p99 <= 50.0, "accept p99 latency at 8 connections <= 50 ms: %.2f ms" % acc8_p99)
    if w32 is not None:
        target(w32 >= 3000.0, "GET /api/wallet at 32 connections >= 3,000 req/s: %.1f" % w32)

    problems = []
    for (name, conns), r in sorted(results.items()):
        problems += ["%s @%d: %s" % (name, conns, p) for p in r.get("problems", [])]
    problems += checks.get("problems", [])
    busiest = max([r.get("cpu", {}).get("other_cpus", 0) for (name, _), r in results.items()
                   if not name.startswith("warmup")] or [0])
    if busiest > 0.2:
        lines.append("")
        lines.append("WARNING: other processes used up to %.2f of the machine's %d CPUs during the measurements;"
                     " the figures are lower and noisier than this machine can do. Rerun on a quiet machine."
                     % (busiest, os.cpu_count()))
    lines.append("")
    for note in checks.get("notes", []):
        lines.append(note)
    if problems:
        lines.append("")
        lines.append("THE RUN IS NOT VALID:")
        lines += ["  - " + p for p in problems]
    else:
        lines.append("Every request succeeded (2xx, no socket errors) and the ledger verified balanced.")

    text = "\n".join(lines)
    print(text)
    with open(args.text_out, "w") as f:
        f.write(text + "\n")
    with open(args.json_out, "w") as f:
        json.dump({"results": [r for _, r in sorted(results.items())], "targets": targets, "checks": checks,
                   "problems": problems}, f, indent=2)
    if problems:
        sys.exit(1)
    if not all(t["pass"] for t in targets):
        sys.exit(2)


def cmd_checks(args):
    """After the runs: the ledger, the database against what wrk counted, and the server's log."""
    problems, notes = [], []
    verify = json.load(open(args.ledger)) if os.path.exists(args.ledger) else None
    data = verify.get("reply", {}).get("data") if isinstance(verify, dict) and isinstance(verify.get("reply"), dict) else None
    if not isinstance(data, dict) or data.get("balanced") is not True:
        problems.append("GET /api/admin/ledger/verify did not report balanced: %s" % json.dumps(verify)[:1500])
    else:
        notes.append("Ledger verify: balanced, %s accounts and %s transfers checked."
                     % (data.get("accountsChecked"), data.get("transfersChecked")))
    totals = collections.defaultdict(lambda: {"ok": 0, "sent": 0})
    for path in glob.glob(os.path.join(args.results, "*.json")):
        r = json.load(open(path))
        kind = r["scenario"].replace("warmup-", "")
        if r.get("kind") == "wrk":
            totals[kind]["ok"] += r["counts"]["ok"]
            totals[kind]["sent"] += r["counts"]["sent"]
    for kind, in_db, what in (("accept", args.accepted, "offers accepted"), ("deposit", args.credited, "deposits credited")):
        t = totals.get(kind)
        if t is None:
            continue
        # wrk does not wait for the requests in flight when time is up: those ran on the server uncounted.
        if not (t["ok"] <= in_db <= t["sent"]):
            problems.append("%s in the database: %d, but wrk counted %d succeeded of %d sent"
                            % (what, in_db, t["ok"], t["sent"]))
        else:
            notes.append("Database: %d %s; wrk counted %d 2xx of %d sent (the rest were in flight at the end)."
                         % (in_db, what, t["ok"], t["sent"]))
    errors, warnings = [], []
    if os.path.exists(args.log):
        for line in open(args.log, errors="replace"):
            if re.search(r"\bERROR\b|Exception", line):
                errors.append(line.rstrip())
            elif re.search(r"\bWARN(ING)?\b", line):
                warnings.append(line.rstrip())
    notes.append("Server log: %d ERROR/exception lines, %d WARN lines (bench/out/service.log)." % (len(errors), len(warnings)))
    for line in errors[:5] + warnings[:5]:
        notes.append("  " + line[:300])
    with open(args.out, "w") as f:
        json.dump({"problems": problems, "notes": notes, "totals": totals}, f, indent=2)


# ---------------------------------------------------------------- JFR

BUCKETS = [
    ("PostgreSQL JDBC driver", ("org.postgresql.",)),
    ("HikariCP pool", ("com.zaxxer.hikari.",)),
    ("JDBI", ("org.jdbi.",)),
    ("Flyway", ("org.flywaydb.",)),
    ("Jackson JSON", ("com.fasterxml.jackson.",)),
    ("Gson (Stripe events)", ("com.google.gson.",)),
    ("Stripe library", ("com.stripe.",)),
    ("Jetty / Javalin HTTP", ("org.eclipse.jetty.", "io.javalin.")),
    ("JWT library", ("com.auth0.", "io.jsonwebtoken.", "com.nimbusds.")),
    ("Argon2 / BouncyCastle", ("de.mkammerer.", "org.bouncycastle.", "com.password4j.")),
    ("crypto (JCA)", ("javax.crypto.", "sun.security.", "com.sun.crypto.")),
    ("logging", ("org.slf4j.", "ch.qos.logback.", "java.util.logging.", "org.apache.logging.")),
    ("JobSphere code", ("com.jobsphere.",)),
]


def cmd_jfr_summary(args):
    """Where CPU samples land (self and inclusive per library), which JobSphere methods are on the stacks,
    and the time threads spent blocked on sockets (the database) and monitors, from a JFR recording."""
    import subprocess
    jfr = args.jfr_tool
    out = subprocess.run([jfr, "print", "--events", "jdk.ExecutionSample", "--stack-depth", "64", args.recording],
                         capture_output=True, text=True)
    if out.returncode != 0:
        die("jfr print failed: " + out.stderr[:500])
    self_counts = collections.Counter()
    inclusive = collections.Counter()
    app_frames = collections.Counter()
    total = 0
    frames = None
    for line in out.stdout.splitlines():
        stripped = line.strip()
        if stripped.startswith("stackTrace = ["):
            frames = []
        elif frames is not None and stripped == "]":
            if frames:
                total += 1
                self_counts[frames[0]] += 1
                seen = set()
                for frame in frames:
                    for bucket, prefixes in BUCKETS:
                        if bucket not in seen and frame.startswith(prefixes):
                            seen.add(bucket)
                            inclusive[bucket] += 1
                for frame in frames:
                    if frame.startswith("com.jobsphere."):
                        app_frames[frame] += 1
                        break
            frames = None
        elif frames is not None and stripped and stripped != "...":
            frames.append(re.sub(r"\s+line:.*$", "", stripped))
    lines = ["JFR summary of %s: %d CPU samples" % (args.recording, total), ""]
    lines.append("Inclusive share of CPU samples by library (a sample counts once per library on its stack):")
    for bucket, count in inclusive.most_common():
        lines.append("  %5.1f%%  %s" % (100.0 * count / max(total, 1), bucket))
    lines += ["", "Top 25 methods by own CPU samples:"]
    for frame, count in self_counts.most_common(25):
        lines.append("  %5.1f%%  %s" % (100.0 * count / max(total, 1), frame))
    lines += ["", "Innermost JobSphere method on the stack, top 20:"]
    for frame, count in app_frames.most_common(20):
        lines.append("  %5.1f%%  %s" % (100.0 * count / max(total, 1), frame))
    for event, label in (("jdk.SocketRead", "socket reads (waiting for PostgreSQL or a client)"),
                         ("jdk.JavaMonitorEnter", "blocked entering a monitor"),
                         ("jdk.ThreadPark", "parked (locks, pool waits)")):
        out = subprocess.run([jfr, "print", "--events", event, "--stack-depth", "8", args.recording],
                             capture_output=True, text=True)
        durations = collections.Counter()
        count = 0
        total_ms = 0.0
        current = None
        for line in out.stdout.splitlines():
            stripped = line.strip()
            match = re.match(r"duration = ([0-9.]+) (ns|us|ms|s)", stripped)
            if match:
                value = float(match.group(1)) * {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1000.0}[match.group(2)]
                current = value
                count += 1
                total_ms += value
            elif current is not None and stripped.startswith("com.jobsphere."):
                durations[re.sub(r"\s+line:.*$", "", stripped)] += current
                current = None
            elif stripped == "]":
                current = None
        lines += ["", "%s: %d events over the threshold, %.0f ms in all" % (label, count, total_ms)]
        for frame, ms in durations.most_common(8):
            lines.append("  %8.0f ms  %s" % (ms, frame))
    lines += jdbi_statements(jfr, args.recording)
    text = "\n".join(lines)
    with open(args.out, "w") as f:
        f.write(text + "\n")
    print(text)


def jdbi_statements(jfr, recording):
    """JDBI's own JFR events (jdbi.statement): each statement's count and time, from the client's side."""
    import subprocess
    process = subprocess.Popen([jfr, "print", "--events", "jdbi.statement", "--stack-depth", "1", recording],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    stats = collections.defaultdict(lambda: [0, 0.0])
    duration, sql, in_sql = None, None, False
    for line in process.stdout:
        if in_sql:
            if line.startswith("  parameters =") or line.startswith("  rowsMapped ="):
                in_sql = False
            else:
                sql.append(line.strip())
                continue
        if line.startswith("  duration = "):
            match = re.match(r"  duration = ([0-9.]+) (ns|us|ms|s)", line)
            if match:
                duration = float(match.group(1)) * {"ns": 1e-6, "us": 1e-3, "ms": 1.0, "s": 1000.0}[match.group(2)]
        elif line.startswith('  sql = "'):
            sql = [line[len('  sql = "'):].strip()]
            in_sql = True
        elif line.startswith("}") and sql is not None:
            text = re.sub(r"\s+", " ", " ".join(sql)).strip().rstrip('"')
            stats[text][0] += 1
            stats[text][1] += duration or 0.0
            duration, sql = None, None
    process.wait()
    if not stats:
        return []
    lines = ["", "JDBI statements (jdbi.statement events; time as the service saw it, including waits for row locks):",
             "  %8s %10s %8s  %s" % ("count", "total ms", "mean ms", "statement")]
    for text, (count, ms) in sorted(stats.items(), key=lambda item: -item[1][1])[:30]:
        lines.append("  %8d %10.0f %8.3f  %s" % (count, ms, ms / count, text[:160]))
    return lines


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)

    sub.add_parser("free-port").set_defaults(func=cmd_free_port)

    p = sub.add_parser("cpu-monitor")
    p.add_argument("--out", required=True)
    p.add_argument("--interval", type=float, default=0.5)
    p.add_argument("--max-seconds", type=float, default=300)
    p.set_defaults(func=cmd_cpu_monitor)

    p = sub.add_parser("wait-up")
    p.add_argument("--base", required=True)
    p.add_argument("--timeout", type=int, default=90)
    p.add_argument("--pid", type=int)
    p.set_defaults(func=cmd_wait_up)

    p = sub.add_parser("check-jar")
    p.add_argument("jar")
    p.set_defaults(func=cmd_check_jar)

    p = sub.add_parser("register")
    for name in ("base", "email", "password", "name", "role"):
        p.add_argument("--" + name, required=True)
    p.set_defaults(func=cmd_register)

    p = sub.add_parser("login")
    for name in ("base", "email", "password"):
        p.add_argument("--" + name, required=True)
    p.set_defaults(func=cmd_login)

    p = sub.add_parser("verify-ledger")
    for name in ("base", "token-file", "out"):
        p.add_argument("--" + name, required=True)
    p.set_defaults(func=cmd_verify_ledger)

    p = sub.add_parser("tokens")
    for name in ("base", "secret", "template", "password", "out"):
        p.add_argument("--" + name, required=True)
    p.add_argument("--customers", type=int, required=True)
    p.add_argument("--contractors", type=int, required=True)
    p.set_defaults(func=cmd_tokens)

    p = sub.add_parser("accept-list")
    p.add_argument("--out", required=True)
    for name in ("customers", "contractors", "offers"):
        p.add_argument("--" + name, type=int, required=True)
    p.set_defaults(func=cmd_accept_list)

    p = sub.add_parser("sign-deposits")
    p.add_argument("--secret", required=True)
    p.add_argument("--out", required=True)
    for name in ("customers", "deposits"):
        p.add_argument("--" + name, type=int, required=True)
    p.set_defaults(func=cmd_sign_deposits)

    p = sub.add_parser("wrk-result")
    p.add_argument("--start", type=int, default=0)
    p.add_argument("--cpu-samples")
    p.add_argument("--own-pid", type=int, default=-1)
    for name in ("scenario", "text", "lua-json", "out"):
        p.add_argument("--" + name, required=True)
    p.add_argument("--connections", type=int, required=True)
    p.add_argument("--seconds", type=int, required=True)
    p.set_defaults(func=cmd_wrk_result)

    p = sub.add_parser("pgbench-result")
    p.add_argument("--cpu-samples")
    p.add_argument("--own-pid", type=int, default=-1)
    for name in ("scenario", "text", "log-prefix", "out"):
        p.add_argument("--" + name, required=True)
    p.add_argument("--connections", type=int, required=True)
    p.add_argument("--seconds", type=int, required=True)
    p.set_defaults(func=cmd_pgbench_result)

    p = sub.add_parser("report")
    for name in ("dir", "json-out", "text-out"):
        p.add_argument("--" + name, required=True)
    p.add_argument("--checks")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("checks")
    for name in ("ledger", "results", "log", "out"):
        p.add_argument("--" + name, required=True)
    p.add_argument("--accepted", type=int, required=True)
    p.add_argument("--credited", type=int, required=True)
    p.set_defaults(func=cmd_checks)

    p = sub.add_parser("jfr-summary")
    for name in ("recording", "out", "jfr-tool"):
        p.add_argument("--" + name, required=True)
    p.set_defaults(func=cmd_jfr_summary)

    args = parser.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
