-- One wrk script for every scenario (settings from the environment):
--   BENCH_OFFER=1  POST offer evaluations, each with its own random base salary (60,000..300,000) and years of
--                  experience (0..15), so no answer can be served from a cache of earlier answers
--   PACE_MS=n      each connection waits n ms between requests (offered load ~ connections * 1000 / n per second)
-- request() and delay() exist only when needed: without them wrk sends one prepared request as fast as it can.
-- Responses are not inspected here (a Lua body check costs wrk enough CPU to skew the figures on a shared box);
-- run.sh reads the gateway's salaryguide.degraded.answers counter around each scenario instead.
local offer = os.getenv("BENCH_OFFER") == "1"
local pace = tonumber(os.getenv("PACE_MS") or "0")
function init(args)
  math.randomseed(os.time() + tonumber(tostring({}):match("0x(%x+)") or "0", 16))
  if offer then
    wrk.method = "POST"
    wrk.headers["Content-Type"] = "application/json"
  end
end

if offer then
  function request()
    local body = string.format('{"annualBase":%d,"state":"CA","yearsOfExperience":%d}',
      math.random(600, 3000) * 100, math.random(0, 15))
    return wrk.format(nil, nil, nil, body)
  end
end

if pace > 0 then
  function delay()
    return pace
  end
end
