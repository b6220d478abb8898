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


def cmd_history_check(args):
    """GET /api/wallet/transactions?type=deposit for one seeded customer after the run: a deposit the seed credited
    must read exactly like one the service credited through the webhook during the run (the same fields, the
    same status and parties, the reference's description), and its pending deposits must read as pending."""
    token = open(args.token_file).read().splitlines()[args.token_line]
    items, page, pages = [], 1, 1
    while page <= pages and page <= 50:
        status, reply = call(args.base, "GET", "/api/wallet/transactions?type=deposit&limit=100&page=%d" % page,
                             token=token)
        data = reply.get("data") if isinstance(reply, dict) else None
        if status != 200 or not isinstance(data, dict):
            write_json(args.out, {"problems": ["GET /api/wallet/transactions: %s %s" % (status, json.dumps(reply)[:500])]})
            return
        items += data.get("transactions", [])
        pages = data.get("pagination", {}).get("totalPages", 1)
        page += 1
    seeded = [i for i in items if str(i.get("_id", "")).startswith("ea")]
    credited = [i for i in items if str(i.get("_id", "")).startswith("e7") and i.get("status") == "completed"]
    pending = [i for i in items if str(i.get("_id", "")).startswith("e7") and i.get("status") == "pending"]
    problems = []
    if not seeded or not credited:
        problems.append("expected seeded and webhook-credited deposits in the history: %d and %d of %d items"
                        % (len(seeded), len(credited), len(items)))
    else:
        model = credited[0]
        for item in seeded:
            differences = [key for key in sorted(set(item) | set(model))
                           if key not in ("_id", "amount", "description", "createdAt", "completedAt")
                           and item.get(key) != model.get(key)]
            if set(item) != set(model):
                differences.append("fields %s vs %s" % (sorted(item), sorted(model)))
            if not re.match(r"^Deposit \$[0-9,]+(\.[0-9]{2})? via Stripe$", str(item.get("description"))):
                differences.append("description %r" % item.get("description"))
            if not item.get("createdAt") or not item.get("completedAt") or item["completedAt"] <= item["createdAt"]:
                differences.append("times %s / %s" % (item.get("createdAt"), item.get("completedAt")))
            if differences:
                problems.append("seeded deposit %s reads unlike credited deposit %s: %s"
                                % (item.get("_id"), model.get("_id"), "; ".join(differences)))
    if any(set(i) != set(pending[0]) for i in pending):
        problems.append("pending deposits read with different fields")
    notes = [] if problems else [
        "History: customer 1's %d deposit items read alike: %d seeded, %d credited by the run's webhooks, %d pending"
        " (GET /api/wallet/transactions?type=deposit)." % (len(items), len(seeded), len(credited), len(pending))]
    write_json(args.out, {"problems": problems, "notes": notes, "examples": {
        "seeded": seeded[:1], "credited": credited[:1], "pending": pending[:1]}})


def write_json(path, value):
    with open(path, "w") as f:
        json.dump(value, f, indent=2)


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

def postgres_database(title):
    """Which database a PostgreSQL process serves, from its process title (update_process_title is on by
    default): 'postgres: [cluster: ]<user> <database> <host> <state>' for a backend, 'autovacuum worker
    <database>', 'parallel worker for PID <leader>' ('pid:<leader>', resolved later). None for the postmaster and
    the shared background processes (checkpointer, background writer, walwriter, launchers)."""
    if not title.startswith("postgres: "):
        return None
    rest = title[len("postgres: "):]
    words = rest.split()
    if words and words[0].endswith(":"):   # cluster_name, e.g. '15/main:'
        words = words[1:]
    if words[:2] == ["autovacuum", "worker"]:
        return words[2] if len(words) > 2 else None
    if words[:4] == ["parallel", "worker", "for", "PID"] and len(words) > 4:
        return "pid:" + words[4]
    if len(words) >= 3 and (words[2] == "[local]" or re.match(r"^[0-9a-fA-F.:]+\(\d+\)$", words[2])):
        return words[1]
    return None


def read_cpu(titles=None):
    """A snapshot of the machine's CPU counters and every process's CPU ticks, from /proc. A PostgreSQL
    process also carries the database it serves (read once per process, through the titles cache)."""
    with open("/proc/stat") as f:
        fields = [int(x) for x in f.readline().split()[1:]]
    titles = {} if titles is None else titles
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
        key = "%s:%s" % (entry, rest[19])
        database = None
        if comm == "postgres":
            if key not in titles:
                try:
                    with open("/proc/%s/cmdline" % entry, "rb") as f:
                        title = f.read().replace(b"\0", b" ").decode(errors="replace").strip()
                except OSError:
                    title = ""
                titles[key] = postgres_database(title)
            database = titles[key]
        procs[key] = [int(entry), comm, int(rest[11]) + int(rest[12]), database]
    return {"time": time.time(), "stat": fields, "procs": procs,
            "loadavg": float(open("/proc/loadavg").read().split()[0])}


def cmd_cpu_monitor(args):
    """Appends a snapshot to --out every --interval seconds until stopped (SIGTERM): the load generator and
    its PostgreSQL backends exit when a run ends, so their CPU time is read while they still exist."""
    import signal
    stop = []
    signal.signal(signal.SIGTERM, lambda *_: stop.append(True))
    parent = os.getppid()
    deadline = time.time() + args.max_seconds
    titles = {}
    with open(args.out, "w") as f:
        while True:
            f.write(json.dumps(read_cpu(titles)) + "\n")
            f.flush()
            # Never outlive the run: stop when told, when bench/run is gone, or after --max-seconds.
            if stop or os.getppid() != parent or time.time() > deadline:
                return
            time.sleep(args.interval)


def cpu_usage(samples_path, own_pid, database=None):
    """CPUs used during a run by the service, by PostgreSQL, by the load generator (wrk or pgbench) and by
    every other process, and how busy the whole machine was, from cpu-monitor's snapshots. A process's
    share is its last reading less its first (zero if it started during the run).

    PostgreSQL's share is its backends for the run's database plus the shared background processes (the WAL
    writer, checkpointer and background writer work for whoever writes, here mostly the run). Backends serving
    another database (someone else's tests on the shared server) count as other, and are also given alone as
    pg_other. Also the raw CPU seconds, for CPU time per request, and the load average over the run."""
    samples = [json.loads(line) for line in open(samples_path) if line.strip()]
    if len(samples) < 2:
        return {}
    first, last = samples[0], samples[-1]
    elapsed = max(last["time"] - first["time"], 0.001)
    ticks = os.sysconf("SC_CLK_TCK")
    seen = {}
    for sample in samples:
        for key, proc in sample["procs"].items():
            pid, comm, total = proc[0], proc[1], proc[2]
            db = proc[3] if len(proc) > 3 else None
            start = first["procs"].get(key, [0, "", 0])[2]
            seen[key] = (pid, comm, total - start, db)
    databases = {pid: db for pid, _, _, db in seen.values()}
    used = collections.Counter()
    for pid, comm, delta, db in seen.values():
        if db and db.startswith("pid:"):
            db = databases.get(int(db[4:]))
        if pid == own_pid:
            used["service"] += delta
        elif comm == "postgres":
            if database is None or db is None or db == database:
                used["postgres"] += delta
            else:
                used["other"] += delta
                used["pg_other"] += delta
        elif comm in ("wrk", "pgbench"):
            used["client"] += delta
        else:
            used["other"] += delta
    deltas = [a - b for a, b in zip(last["stat"], first["stat"])]
    total = max(sum(deltas[:8]), 1)
    idle = deltas[3] + deltas[4]
    keys = ("service", "postgres", "client", "other", "pg_other")
    result = {"%s_cpus" % k: round(used[k] / ticks / elapsed, 2) for k in keys}
    result.update({"%s_cpu_s" % k: round(used[k] / ticks, 3) for k in keys})
    result["elapsed_s"] = round(elapsed, 3)
    result["machine_busy_pct"] = round(100.0 * (total - idle) / total, 1)
    loads = [s["loadavg"] for s in samples if "loadavg" in s]
    if loads:
        result["loadavg_min"], result["loadavg_max"] = min(loads), max(loads)
    return result


# ---------------------------------------------------------------- pg_stat_statements

TRANSACTION_CONTROL = re.compile(r"^\s*(begin|start\s+transaction|commit|end|rollback)\b", re.I)


def is_transaction_control(row):
    return bool(TRANSACTION_CONTROL.match(row["query"]))


def read_statements(path):
    """The pg_stat_statements rows bench/run saved for one run (the run's database only), without the script's
    own reset and read; None when there are none (pg_stat_statements not loaded)."""
    if not path or not os.path.exists(path):
        return None
    try:
        rows = json.load(open(path))
    except ValueError:
        return None
    if not isinstance(rows, list):
        return None
    return [r for r in rows if "pg_stat_statements" not in r["query"]]


def statement_figures(rows, requests):
    """Statements per request, and WAL bytes and buffer accesses per request, from one run's statements."""
    if rows is None or not requests:
        return {}
    # Transaction control is left out: pg_stat_statements counts the BEGIN that pgjdbc sends, but not pgbench's, and
    # neither one's COMMIT, so only the other statements compare.
    calls = sum(r["calls"] for r in rows if not is_transaction_control(r))
    return {"statements": calls, "statements_per_request": round(calls / requests, 2),
            "statement_ms_per_request": round(sum(r["total_exec_time"] for r in rows) / requests, 3),
            "wal_bytes_per_request": round(sum(int(r.get("wal_bytes") or 0) for r in rows) / requests, 0),
            "buffers_per_request": round(sum(r["shared_blks_hit"] + r["shared_blks_read"] for r in rows) / requests, 1)}


def statement_breakdown(title, rows, requests, top=25):
    """A text breakdown of one run's statements: every statement by calls, then the top ones by total time."""
    def normalised(query):
        return re.sub(r"\s+", " ", query).strip()
    lines = [title, "=" * len(title)]
    if rows is None:
        return lines + ["(no pg_stat_statements figures: the library is not loaded)", ""]
    calls = sum(r["calls"] for r in rows if not is_transaction_control(r))
    exec_ms = sum(r["total_exec_time"] for r in rows)
    lines.append("%d requests; %d statements (%.2f per request, transaction control such as BEGIN not counted); %.1f ms executing in PostgreSQL (%.3f ms per request);"
                 " %.0f WAL bytes and %.1f shared buffers per request"
                 % (requests, calls, calls / max(requests, 1), exec_ms, exec_ms / max(requests, 1),
                    sum(int(r.get("wal_bytes") or 0) for r in rows) / max(requests, 1),
                    sum(r["shared_blks_hit"] + r["shared_blks_read"] for r in rows) / max(requests, 1)))
    head = "%9s %8s %10s %8s %8s %8s %8s  %s" % ("calls", "per req", "total ms", "mean ms", "ms/req", "rows/cl",
                                                 "bufs/cl", "statement (normalised by pg_stat_statements)")
    for heading, key in (("By calls:", lambda r: -r["calls"]), ("By total execution time:", lambda r: -r["total_exec_time"])):
        lines += ["", heading, head]
        for r in sorted(rows, key=key)[:top]:
            c = max(r["calls"], 1)
            lines.append("%9d %8.2f %10.1f %8.3f %8.3f %8.1f %8.1f  %s" % (
                r["calls"], r["calls"] / max(requests, 1), r["total_exec_time"], r["total_exec_time"] / c,
                r["total_exec_time"] / max(requests, 1), r["rows"] / c,
                (r["shared_blks_hit"] + r["shared_blks_read"]) / c, normalised(r["query"])))
    return lines + [""]


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
    add_per_request(result, args)
    with open(args.out, "w") as f:
        json.dump(result, f, indent=2)
    # Never go back: a thread that had no item left reports nothing, and re-sent items would succeed as replays.
    print(max(counts["next_line"], args.start))
    for problem in problems:
        print("bench: %s @%d: %s" % (args.scenario, args.connections, problem), file=sys.stderr)


def add_per_request(result, args):
    """CPU milliseconds per request of the service and of PostgreSQL, and pg_stat_statements' figures per request."""
    if args.cpu_samples and os.path.exists(args.cpu_samples):
        result["cpu"] = cpu_usage(args.cpu_samples, args.own_pid, args.database)
    cpu, requests = result.get("cpu", {}), result.get("requests") or 0
    if requests and cpu:
        if result["kind"] == "wrk":
            result["service_ms_per_request"] = round(1000.0 * cpu["service_cpu_s"] / requests, 3)
        result["postgres_ms_per_request"] = round(1000.0 * cpu["postgres_cpu_s"] / requests, 3)
    statements = read_statements(args.statements)
    if statements is not None:
        result.update(statement_figures(statements, requests))
        if args.breakdown:
            label = "%s at %d connections" % (LABELS.get(result["scenario"], result["scenario"]), result["connections"])
            with open(args.breakdown, "w") as f:
                f.write("\n".join(statement_breakdown(label, statements, requests)) + "\n")


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
    add_per_request(result, args)
    with open(args.out, "w") as f:
        json.dump(result, f, indent=2)
    for problem in problems:
        print("bench: %s @%d: %s" % (args.scenario, args.connections, problem), file=sys.stderr)


LABELS = {
    "pgbench_uniform": "pgbench (a) uniform accounts",
    "pgbench_hot_row": "pgbench (b) one hot platform row",
    "pgbench_accept_minimal": "pgbench (c) the accept's minimal SQL",
    "wallet": "GET /api/wallet",
    "accept": "POST .../offer/:id/accept",
    "deposit": "POST /api/webhooks/stripe (deposit)",
}
ORDER = ["pgbench_uniform", "pgbench_hot_row", "pgbench_accept_minimal", "wallet", "accept", "deposit"]

# Issue 9's performance bar, measured in one run.
ACCEPT_SHARE_OF_UNIFORM = 0.50
ACCEPT_SHARE_GOAL = 0.75
ACCEPT_P99_MS = 30.0
WALLET_RPS_AT_32 = 5000.0


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
    row = "%-36s %5s %8s %9s %7s %7s %7s %8s %8s %8s  %-19s"
    header = row % ("scenario", "conns", "requests", "req/s", "p50 ms", "p90 ms", "p99 ms", "svc ms", "pg ms",
                    "stmts", "CPUs svc/pg/ld/oth")
    lines += [header, "%-36s %5s %8s %9s %7s %7s %7s %8s %8s %8s" % ("", "", "", "", "", "", "", "/req", "/req", "/req"),
              "-" * len(header)]
    for scenario in ORDER:
        for (name, conns), r in sorted(results.items(), key=lambda item: item[0][1]):
            if name == scenario:
                cpu = r.get("cpu", {})
                lines.append((row + "%s") % (
                    LABELS.get(name, name), conns, r["requests"], "%.1f" % r["rps"], fmt(r["p50_ms"], 2),
                    fmt(r["p90_ms"], 2), fmt(r["p99_ms"], 2), fmt(r.get("service_ms_per_request"), 3),
                    fmt(r.get("postgres_ms_per_request"), 3), fmt(r.get("statements_per_request"), 2),
                    "/".join(fmt(cpu.get(k + "_cpus"), 2) for k in ("service", "postgres", "client", "other")),
                    "   <- PROBLEM" if r.get("problems") else ""))
    lines.append("(svc/pg ms per request: CPU time of the service and of PostgreSQL (its backends for the run's database"
                 " and its shared background processes) divided by the requests (transactions for pgbench);")
    lines.append(" stmts per request: pg_stat_statements calls in the run's database, reset before the run, divided by"
                 " the requests;")
    lines.append(" CPUs: used by the service, PostgreSQL, the load generator (wrk/pgbench) and everything else,"
                 " out of %d)" % os.cpu_count())
    if args.statements_note:
        lines.append("NOTE: " + args.statements_note)

    def rps(name, conns):
        r = results.get((name, conns))
        return r["rps"] if r and r["rps"] > 0 else None

    lines.append("")
    for conns in sorted({c for (_, c) in results}):
        accept = rps("accept", conns)
        for name, letter in (("pgbench_uniform", "a"), ("pgbench_hot_row", "b"), ("pgbench_accept_minimal", "c")):
            base = rps(name, conns)
            if accept and base:
                lines.append("accept / pgbench (%s) at %2d connections: %.2f" % (letter, conns, accept / base))

    targets = []

    def target(ok, text):
        targets.append({"pass": bool(ok), "target": text})
        lines.append("%s  %s" % ("PASS" if ok else "FAIL", text))

    lines.append("")
    a8, b8, c8 = rps("pgbench_uniform", 8), rps("pgbench_hot_row", 8), rps("pgbench_accept_minimal", 8)
    acc8, w32 = rps("accept", 8), rps("wallet", 32)
    acc8_p99 = results.get(("accept", 8), {}).get("p99_ms")
    if None not in (a8, acc8):
        target(acc8 >= ACCEPT_SHARE_OF_UNIFORM * a8,
               "accept throughput at 8 connections >= %.0f%% of pgbench (a): %.1f vs %.1f (%.0f%%)"
               % (100 * ACCEPT_SHARE_OF_UNIFORM, acc8, ACCEPT_SHARE_OF_UNIFORM * a8, 100.0 * acc8 / a8))
    if None not in (b8, acc8):
        target(acc8 >= b8, "accept throughput at 8 connections >= pgbench (b), the hot-row shape: %.1f vs %.1f"
               % (acc8, b8))
    if acc8_p99 is not None:
        target(acc8_p99 <= ACCEPT_P99_MS, "accept p99 latency at 8 connections <= %.0f ms: %.2f ms"
               % (ACCEPT_P99_MS, acc8_p99))
    if w32 is not None:
        target(w32 >= WALLET_RPS_AT_32, "GET /api/wallet at 32 connections >= %s req/s: %.1f"
               % (format(int(WALLET_RPS_AT_32), ","), w32))
    if None not in (a8, acc8):
        lines.append("info  the goal beyond issue 9: accept at 8 connections >= %.0f%% of pgbench (a): %.0f%% now"
                     % (100 * ACCEPT_SHARE_GOAL, 100.0 * acc8 / a8))
    if None not in (c8, acc8):
        lines.append("info  accept at 8 connections is %.0f%% of pgbench (c), the accept's own minimal SQL"
                     % (100.0 * acc8 / c8))

    problems = []
    for (name, conns), r in sorted(results.items()):
        problems += ["%s @%d: %s" % (name, conns, p) for p in r.get("problems", [])]
    problems += checks.get("problems", [])
    measured = [r for (name, _), r in results.items() if not name.startswith("warmup")]
    busiest = max([r.get("cpu", {}).get("other_cpus", 0) for r in measured] or [0])
    loads = [r["cpu"][k] for r in measured for k in ("loadavg_min", "loadavg_max") if k in r.get("cpu", {})]
    lines.append("")
    if loads:
        lines.append("Load average (1 min) during the measured runs: %.2f to %.2f on %d CPUs; other processes used"
                     " up to %.2f CPUs in a run." % (min(loads), max(loads), os.cpu_count(), busiest))
    if busiest > 0.2:
        lines.append("WARNING: other processes used up to %.2f of the machine's %d CPUs during the measurements;"
                     " the figures are lower and noisier than this machine can do. Rerun on a quiet machine."
                     % (busiest, os.cpu_count()))
    for note in checks.get("notes", []):
        lines.append(note)
    if problems:
        lines.append("")
        lines.append("THE RUN IS NOT VALID:")
        lines += ["  - " + p for p in problems]
    else:
        lines.append("Every request succeeded (2xx, no socket errors), the ledger verified balanced, and the database"
                     " agrees with wrk's counts.")

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
    # Each accepted offer has its transfer into escrow, each credited deposit its transfer from clearing.
    for in_db, transfers, what in ((args.accepted, args.accept_transfers, "accepted offers and offer_accepted transfers"),
                                   (args.credited, args.credit_transfers, "credited deposits and their transfers")):
        if transfers is not None and transfers != in_db:
            problems.append("%s differ: %d and %d" % (what, in_db, transfers))
    if args.deposit_shape:
        shape = {}
        for line in open(args.deposit_shape):
            fields = line.rstrip("\n").split("|")
            if len(fields) == 4:
                shape[fields[0]] = (int(fields[1]), int(fields[2]), fields[3])
        for origin, (count, malformed, first) in sorted(shape.items()):
            if malformed:
                problems.append("%d of %d %s deposits do not look like the service's own credits (first: %s;"
                                " bench/sql/check-deposits.sql)" % (malformed, count, origin, first))
        if "seeded" not in shape or "webhook" not in shape:
            problems.append("the deposit shape check found no seeded or no webhook-credited deposits: %s" % shape)
        else:
            notes.append("Seed: the %d seeded credited deposits have the same rows as the %d the webhook credited or"
                         " left pending (transfer, postings, event; bench/sql/check-deposits.sql)."
                         % (shape["seeded"][0], shape["webhook"][0]))
    if args.history:
        history = json.load(open(args.history)) if os.path.exists(args.history) else {"problems": ["no history check"]}
        problems += ["history: " + p for p in history.get("problems", [])]
        notes += history.get("notes", [])
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

    p = sub.add_parser("history-check")
    for name in ("base", "token-file", "out"):
        p.add_argument("--" + name, required=True)
    p.add_argument("--token-line", type=int, default=0)
    p.set_defaults(func=cmd_history_check)

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
    p.add_argument("--database")
    p.add_argument("--statements")
    p.add_argument("--breakdown")
    p.add_argument("--own-pid", type=int, default=-1)
    for name in ("scenario", "text", "lua-json", "out"):
        p.add_argument("--" + name, required=True)
    p.add_argument("--connections", type=int, required=True)
    p.add_argument("--seconds", type=int, required=True)
    p.set_defaults(func=cmd_wrk_result)

    p = sub.add_parser("pgbench-result")
    p.add_argument("--cpu-samples")
    p.add_argument("--database")
    p.add_argument("--statements")
    p.add_argument("--breakdown")
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
    p.add_argument("--statements-note")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("checks")
    for name in ("ledger", "results", "log", "out"):
        p.add_argument("--" + name, required=True)
    p.add_argument("--accepted", type=int, required=True)
    p.add_argument("--credited", type=int, required=True)
    p.add_argument("--accept-transfers", type=int)
    p.add_argument("--credit-transfers", type=int)
    p.add_argument("--deposit-shape")
    p.add_argument("--history")
    p.set_defaults(func=cmd_checks)

    p = sub.add_parser("jfr-summary")
    for name in ("recording", "out", "jfr-tool"):
        p.add_argument("--" + name, required=True)
    p.set_defaults(func=cmd_jfr_summary)

    args = parser.parse_args()
    args.func(args)


if __name__ == "__main__":
    main()
