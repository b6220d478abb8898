-- wrk script for bench/run: one file, three scenarios.
--
--   wrk ... -s scenario.lua <url> -- <mode> <threads> <tokens-file> [<list-file> <start>]
--
--   wallet   GET /api/wallet, round-robin over every token in <tokens-file>
--   accept   POST /api/job-request/offer/<id>/accept, walking <list-file> ("<offerId> <tokenLine>" per line)
--   deposit  POST /api/webhooks/stripe, walking <list-file> ("<Stripe-Signature>\t<body>" per line)
--
-- Walking scenarios never send the same item twice: line i (0-based, i >= start) belongs to wrk thread
-- (i - start) % threads, and each thread takes its lines in order. When a thread runs out it stops and
-- the run is marked exhausted (bench/run then fails: seed more items).
--
-- Every response is counted: 2xx as ok, anything else as bad, by status. done() writes the counts, the
-- next unused line and wrk's own figures as JSON to $BENCH_RESULT.

local threads = {}

function setup(thread)
   thread:set("thread_index", #threads)
   table.insert(threads, thread)
end

-- Per-thread state. These are globals on purpose: done() reads them with thread:get().
ok = 0
bad = 0
sent = 0
exhausted = 0
last_line = -1
status_counts = ""
first_error = ""

local mode, tokens, items, position, per_status, rotation, nthreads

local function read_lines(path)
   local lines = {}
   local file = assert(io.open(path, "r"), "cannot open " .. path)
   for line in file:lines() do
      lines[#lines + 1] = line
   end
   file:close()
   return lines
end

function init(args)
   mode = args[1]
   nthreads = tonumber(args[2])
   tokens = read_lines(args[3])
   per_status = {}
   rotation = thread_index
   position = 1
   items = {}
   if mode == "accept" or mode == "deposit" then
      local start = tonumber(args[5])
      local index = 0
      local file = assert(io.open(args[4], "r"), "cannot open " .. args[4])
      for line in file:lines() do
         if index >= start and (index - start) % nthreads == thread_index then
            if mode == "accept" then
               local offer, token = line:match("^(%S+) (%d+)$")
               items[#items + 1] = { line = index, offer = offer, token = tokens[tonumber(token) + 1] }
            else
               local signature, body = line:match("^([^\t]+)\t(.*)$")
               items[#items + 1] = { line = index, signature = signature, body = body }
            end
         end
         index = index + 1
      end
      file:close()
   end
end

local function next_item()
   local item = items[position]
   if item == nil then
      return nil
   end
   position = position + 1
   last_line = item.line
   return item
end

function request()
   sent = sent + 1
   if mode == "wallet" then
      local token = tokens[(rotation % #tokens) + 1]
      rotation = rotation + nthreads
      return wrk.format("GET", "/api/wallet", {
         ["Authorization"] = "Bearer " .. token,
         ["Content-Type"] = "application/json",
      })
   end
   local item = next_item()
   if item == nil then
      -- Out of seeded items: stop this thread. Whatever is sent meanwhile is refused and counted as bad.
      exhausted = 1
      wrk.thread:stop()
      return wrk.format("GET", "/bench-items-exhausted")
   end
   if mode == "accept" then
      local headers = {
         ["Authorization"] = "Bearer " .. item.token,
         ["Content-Type"] = "application/json",
      }
      if os.getenv("BENCH_IDEMPOTENCY") == "1" then
         headers["Idempotency-Key"] = "bench-accept-" .. item.offer
      end
      return wrk.format("POST", "/api/job-request/offer/" .. item.offer .. "/accept", headers, "")
   end
   return wrk.format("POST", "/api/webhooks/stripe", {
      ["Stripe-Signature"] = item.signature,
      ["Content-Type"] = "application/json",
   }, item.body)
end

function response(status, headers, body)
   if status >= 200 and status < 300 then
      ok = ok + 1
      return
   end
   bad = bad + 1
   per_status[status] = (per_status[status] or 0) + 1
   local parts = {}
   for code, count in pairs(per_status) do
      parts[#parts + 1] = code .. ":" .. count
   end
   status_counts = table.concat(parts, ",")
   if first_error == "" then
      first_error = status .. " " .. string.sub(body or "", 1, 400)
   end
end

local function json_string(value)
   value = tostring(value or "")
   value = value:gsub("\\", "\\\\"):gsub('"', '\\"'):gsub("[%c]", function(c)
      return string.format("\\u%04x", string.byte(c))
   end)
   return '"' .. value .. '"'
end

function done(summary, latency, requests)
   local total_ok, total_bad, total_sent, any_exhausted, next_line = 0, 0, 0, 0, 0
   local statuses, errors = {}, {}
   for _, thread in ipairs(threads) do
      total_ok = total_ok + thread:get("ok")
      total_bad = total_bad + thread:get("bad")
      total_sent = total_sent + thread:get("sent")
      any_exhausted = math.max(any_exhausted, thread:get("exhausted"))
      next_line = math.max(next_line, thread:get("last_line") + 1)
      local counts = thread:get("status_counts")
      if counts ~= "" then
         statuses[#statuses + 1] = counts
      end
      local first = thread:get("first_error")
      if first ~= "" then
         errors[#errors + 1] = json_string(first)
      end
   end
   local e = summary.errors
   local out = string.format(
      '{"requests": %d, "duration_us": %d, "ok": %d, "bad": %d, "sent": %d, "exhausted": %s, "next_line": %d, '
         .. '"socket_errors": {"connect": %d, "read": %d, "write": %d, "timeout": %d}, "status_errors": %d, '
         .. '"bad_statuses": %s, "first_errors": [%s], '
         .. '"latency_us": {"p50": %d, "p90": %d, "p99": %d, "max": %d, "mean": %.1f}}\n',
      summary.requests, summary.duration, total_ok, total_bad, total_sent,
      any_exhausted == 1 and "true" or "false", next_line,
      e.connect, e.read, e.write, e.timeout, e.status,
      json_string(table.concat(statuses, ",")), table.concat(errors, ", "),
      latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean)
   local path = os.getenv("BENCH_RESULT")
   if path then
      local file = assert(io.open(path, "w"))
      file:write(out)
      file:close()
   else
      io.write(out)
   end
end
