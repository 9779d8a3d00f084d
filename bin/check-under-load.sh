#!/usr/bin/env bash
# Does the gateway cry wolf? Starts the whole system with ./start.sh (on PORT_BASE, default 8180, so it can run
# beside a system on 8080), and the moment it reports ready drives 20 s of full load (64 connections) at the whole
# guide and then at offer evaluations. Prints the answers that went out degraded (salaryguide.degraded.answers),
# non-2xx answers, and every circuit breaker state change; then kills geography-service and times the guide once
# its cached copy has expired (it must degrade, not hang: within 1 s). Exits non-zero if any check fails.
#
#   bin/check-under-load.sh [--duration 20] [--connections 64]
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=20 CONNECTIONS=64
while (($#)); do
  case "$1" in
    --duration) DURATION=$2; shift ;;
    --connections) CONNECTIONS=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }

export PORT_BASE=${PORT_BASE:-8180}
export LOG_DIR=${LOG_DIR:-.run-logs/check-under-load}
# all the load comes from one client: the per-client rate limit would answer most of it 429
export SALARYGUIDE_RATE_LIMIT_ENABLED=false
# geography-service is killed on purpose below: the others keep running
export KEEP_GOING=true
GW=http://127.0.0.1:$PORT_BASE
rm -rf "$LOG_DIR"; mkdir -p "$LOG_DIR"
./start.sh >"$LOG_DIR/start.out" 2>&1 &
start_pid=$!
trap 'kill $start_pid 2>/dev/null; wait $start_pid 2>/dev/null || true' EXIT
until grep -q "Salary Guide API" "$LOG_DIR/start.out" 2>/dev/null; do
  kill -0 $start_pid 2>/dev/null || { cat "$LOG_DIR/start.out" >&2; exit 1; }
  sleep 0.2
done
sed -n '/ready on port/p' "$LOG_DIR/start.out"

degraded() { # the gateway's count of degraded answers for one endpoint tag (0 until the first)
  curl -fs "$GW/actuator/metrics/salaryguide.degraded.answers?tag=endpoint:$1" 2>/dev/null \
    | grep -o '"statistic":"COUNT","value":[0-9.E]*' | awk -F: '{printf "%d", $NF}' || echo 0
}
failed=0
for scenario in guide offer; do
  url=$GW/api/v1/guides/machine-learning-engineer
  offer=0
  [[ $scenario == offer ]] && { url=$url/offer-evaluations; offer=1; }
  before=$(degraded "$scenario"); before=${before:-0}
  out=$(BENCH_OFFER=$offer wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/scenario.lua "$url")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx/ {print $NF}' <<<"$out"); non2xx=${non2xx:-0}
  errors=$(awk '/Socket errors/ {print}' <<<"$out")
  after=$(degraded "$scenario"); after=${after:-0}
  printf '%-6s %8.0f req/s  non-2xx %s  degraded %s  %s\n' "$scenario" "$rps" "$non2xx" $((after - before)) "$errors"
  ((non2xx == 0 && after - before == 0)) || failed=1
done

transitions=$(grep -c "Circuit breaker" "$LOG_DIR/gateway.log" || true)
echo "circuit breaker state changes under load: $transitions"
curl -fs "$GW/actuator/circuitbreakers" | tr -d '\n' | grep -o '"[a-z]*":{[^}]*"state":"[A-Z_]*"' \
  | sed 's/":{.*"state":"/ /; s/"//g; s/^/  /'
((transitions == 0)) || { grep "Circuit breaker" "$LOG_DIR/gateway.log"; failed=1; }

# the process listening on geography-service's port (not any geography-service on this machine)
geo_pid=$(ss -ltnpH "( sport = :$((PORT_BASE + 2)) )" | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
kill -9 "$geo_pid"
echo "killed geography-service; waiting out the gateway's cache (11 s)..."
sleep 11
t=$(curl -s -o "$LOG_DIR/degraded-guide.json" -w '%{http_code} %{time_total}' "$GW/api/v1/guides/machine-learning-engineer")
sections=$(grep -o '"unavailableSections":\[[^]]*\]' "$LOG_DIR/degraded-guide.json" || true)
echo "guide with geography-service killed: HTTP ${t% *} in ${t#* } s, $sections"
awk -v s="${t#* }" 'BEGIN { exit !(s < 1.0) }' && [[ ${t% *} == 200 && $sections == *topStates* ]] || failed=1

((failed == 0)) && echo "PASS: no degraded answer and no breaker change under load; a dead service degrades within 1 s" \
  || { echo "FAIL (logs in $LOG_DIR/)"; exit 1; }
