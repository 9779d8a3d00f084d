-- One wrk script for every scenario (settings from the environment):
--   BENCH_OFFER=1  POST offer evaluations, each with its own random base salary (60,000..300,000) and years of
--                  experience (0..15), so no answer can be served from a cache of earlier answers
--   PACE_MS=n      each connection waits n ms between requests (offered load ~ connections * 1000 / n per second)
-- Every response is checked: a 2xx answer naming unavailableSections is counted as degraded, and the count is
-- printed as "Degraded: n" (a degraded answer is fast but not the real thing, so the figures must show it).
local offer = os.getenv("BENCH_OFFER") == "1"
local pace = tonumber(os.getenv("PACE_MS") or "0")
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  degraded = 0
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16))
  if offer then
    wrk.method = "POST"
    wrk.headers["Content-Type"] = "application/json"
  end
end

function request()
  if not offer then
    return wrk.format()
  end
  local body = string.format('{"annualBase":%d,"state":"CA","yearsOfExperience":%d}',
    math.random(600, 3000) * 100, math.random(0, 15))
  return wrk.format(nil, nil, nil, body)
end

function delay()
  return pace
end

function response(status, headers, body)
  if status < 300 and body and body:find('"unavailableSections":%["') then
    degraded = degraded + 1
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, t in ipairs(threads) do
    total = total + (t:get("degraded") or 0)
  end
  io.write(string.format("Degraded: %d\n", total))
end
