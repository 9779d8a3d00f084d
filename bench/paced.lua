-- Each connection waits PACE_MS between requests, so the offered load is about connections * 1000 / PACE_MS per second
local pace = tonumber(os.getenv("PACE_MS") or "10")
function delay()
  return pace
end
