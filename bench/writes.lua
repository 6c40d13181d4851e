-- wrk script for the write actions: every request POSTs a form to its own ad request, as its own
-- signed-in user, with that session's CSRF token and the version the user saw.
--   wrk -t1 ... -s bench/writes.lua URL -- TARGETS_FILE ['&extra=form&fields'] [THREADS]
-- (THREADS: the same number as wrk's -t, when more than one)
-- TARGETS_FILE holds one line per request: path session csrf version. Prints throughput, latency
-- percentiles and how many answers had each status (302: done; 409: refused, e.g. over budget).
local threads = {}
local next_id = 0

function setup(thread)
  thread:set("id", next_id)
  next_id = next_id + 1
  table.insert(threads, thread)
end

function init(args)
  targets = {}
  local n = 0
  for line in io.lines(args[1]) do
    -- each thread takes every thread-count-th line, so no two requests share an ad request
    if n % tonumber(args[3] or "1") == id then
      local path, session, csrf, version = line:match("^(%S+) (%S+) (%S+) (%S+)$")
      table.insert(targets, { path = path, session = session, body = "_csrf=" .. csrf .. "&version=" .. version .. (args[2] or "") })
    end
    n = n + 1
  end
  available = #targets
  sent = 0
  statuses = {}
  started = now_ms()
  stopped = nil
end

-- wall-clock milliseconds, read twice per thread: wrk reports the configured duration even when
-- a thread stops early, which would understate the throughput of a short run
function now_ms()
  local clock = io.popen("date +%s%3N")
  local ms = tonumber(clock:read("*l"))
  clock:close()
  return ms
end

function request()
  sent = sent + 1
  local t = targets[(sent - 1) % #targets + 1]
  return wrk.format("POST", t.path, { ["Cookie"] = "JSESSIONID=" .. t.session,
    ["Content-Type"] = "application/x-www-form-urlencoded" }, t.body)
end

function response(status, headers, body)
  statuses[status] = (statuses[status] or 0) + 1
  -- a second round would only meet versions that have moved on: stop when every target was sent
  if sent >= available and not stopped then
    stopped = now_ms()
    wrk.thread:stop()
  end
end

function done(summary, latency, requests)
  local counts, available, used = {}, 0, 0
  local first_start, last_stop, all_stopped = nil, nil, true
  for _, thread in ipairs(threads) do
    for status, count in pairs(thread:get("statuses")) do
      counts[status] = (counts[status] or 0) + count
    end
    available = available + thread:get("available")
    used = used + thread:get("sent")
    local started, stopped = thread:get("started"), thread:get("stopped")
    first_start = math.min(first_start or started, started)
    if stopped then last_stop = math.max(last_stop or stopped, stopped) else all_stopped = false end
  end
  local seconds = summary.duration / 1e6
  if all_stopped then
    seconds = (last_stop - first_start) / 1000
  end
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.timeout
  local shown = {}
  for status, count in pairs(counts) do
    table.insert(shown, status .. ": " .. count)
  end
  table.sort(shown)
  io.write(string.format("%7d requests %7.0f req/s   p50 %6.1f ms   p95 %6.1f ms   p99 %6.1f ms   errors %d   %s%s\n",
    summary.requests, summary.requests / seconds,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors,
    table.concat(shown, ", "), used >= available and string.format("   (stopped early, after %.1f s: all %d of %d targets sent)", seconds, used, available) or ""))
end
