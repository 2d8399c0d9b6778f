-- wrk script: GET /api/search with a mixed query set, round robin, each
-- wrk thread starting at a different query.
--
--   wrk -t2 -c16 -d30s -s bench/wrk/search.lua http://127.0.0.1:8080 -- QUERIES_FILE [PARAMS]
--
-- QUERIES_FILE: one cablescope query a line (bench/run_serve.sh writes it
-- from bench/queries.txt). PARAMS: extra query parameters, e.g. "limit=20".
-- Prints p50/p90/p99/max latency and the count of non-200 answers.

local queries = {}
local extra = ""
local next_query = 1
local threads = {}
errors = 0  -- a global: done() reads it from each thread with thread:get

local function urlencode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function setup(thread)
  table.insert(threads, thread)
  thread:set("id", #threads)
end

function init(args)
  local path = args[1] or error("search.lua: give the queries file after --")
  extra = args[2] and ("&" .. args[2]) or ""
  for line in io.lines(path) do
    if line ~= "" then table.insert(queries, urlencode(line)) end
  end
  if #queries == 0 then error("search.lua: no queries in " .. path) end
  next_query = ((id or 1) * 7919) % #queries + 1
end

function request()
  local q = queries[next_query]
  next_query = next_query % #queries + 1
  return wrk.format("GET", "/api/search?q=" .. q .. extra)
end

function response(status, headers, body)
  if status ~= 200 then errors = errors + 1 end
end

function done(summary, latency, requests)
  local total_errors = 0
  for _, t in ipairs(threads) do total_errors = total_errors + (t:get("errors") or 0) end
  io.write(string.format("requests %d  duration %.1fs  rate %.0f/s\n", summary.requests,
                         summary.duration / 1e6, summary.requests / (summary.duration / 1e6)))
  io.write(string.format("latency p50 %.2fms  p90 %.2fms  p99 %.2fms  max %.2fms\n",
                         latency:percentile(50) / 1000, latency:percentile(90) / 1000,
                         latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("errors: non-200 %d (wrk: non-2xx/3xx %d)  connect %d  read %d  write %d  timeout %d\n",
                         total_errors, summary.errors.status, summary.errors.connect, summary.errors.read,
                         summary.errors.write, summary.errors.timeout))
end
