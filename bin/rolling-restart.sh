#!/usr/bin/env bash
# A rolling restart under load, as an ops team would do it: two instances of each service behind one gateway,
# guide, routed-read and offer traffic running the whole time, and every service instance restarted one at a time
# (SIGTERM, wait for it to exit, start it again, wait until it is ready). Prints the failed requests: non-2xx answers,
# socket errors and answers that went out degraded. The instances share one PostgreSQL database per service when
# PostgreSQL is reachable (as a real deployment does), else each runs on its own embedded database.
#
#   bin/rolling-restart.sh [--connections 8] [--settle 2]
#   PORT_BASE=8280 (gateway; instance A of the services on +1..+3, instance B on +11..+13)
set -euo pipefail
cd "$(dirname "$0")/.."

CONNECTIONS=8 SETTLE=2
while (($#)); do
  case "$1" in
    --connections) CONNECTIONS=$2; shift ;;
    --settle) SETTLE=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
for m in wage-service geography-service advice-service gateway; do
  [[ -f $m/target/$m.jar ]] || { echo "Building jars..."; ./mvnw -q -B -DskipTests package; break; }
done

PORT_BASE=${PORT_BASE:-8280}
LOGS=${LOG_DIR:-.run-logs/rolling-restart}; rm -rf "$LOGS"; mkdir -p "$LOGS"
JAVA_OPTS=${JAVA_OPTS:-"-Xms64m -Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k"}
declare -A OFFSET=([wage-service]=1 [geography-service]=2 [advice-service]=3)
declare -A PID
SERVICES=(wage-service geography-service advice-service)
instances=()
for s in "${SERVICES[@]}"; do instances+=("$s:a" "$s:b"); done
port_of() { # service:instance -> port
  local s=${1%:*} i=${1#*:} extra=0
  [[ $i == b ]] && extra=10
  echo $((PORT_BASE + OFFSET[$s] + extra))
}

POSTGRES=false
if pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null; then POSTGRES=true; fi
db_env() { # the Spring variables for a service's database, shared by its instances
  local db=rolling_${1%-service}
  echo "SPRING_R2DBC_URL=r2dbc:postgresql://127.0.0.1:5432/$db SPRING_R2DBC_USERNAME=postgres SPRING_R2DBC_PASSWORD="
  echo "SPRING_FLYWAY_URL=jdbc:postgresql://127.0.0.1:5432/$db SPRING_FLYWAY_USER=postgres SPRING_FLYWAY_PASSWORD="
}
if $POSTGRES; then
  for s in "${SERVICES[@]}"; do
    db=rolling_${s%-service}
    psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db" \
      >/dev/null 2>&1
  done
fi

urls() { # every instance URL of a service, comma separated
  echo "http://127.0.0.1:$(port_of "$1:a"),http://127.0.0.1:$(port_of "$1:b")"
}
export WAGE_SERVICE_URL; WAGE_SERVICE_URL=$(urls wage-service)
export GEOGRAPHY_SERVICE_URL; GEOGRAPHY_SERVICE_URL=$(urls geography-service)
export ADVICE_SERVICE_URL; ADVICE_SERVICE_URL=$(urls advice-service)
# all the load comes from one client
export SALARYGUIDE_RATE_LIMIT_ENABLED=false

launch() { # service:instance
  local key=$1 s=${1%:*} env=()
  if $POSTGRES; then read -ra env <<<"$(db_env "$s" | tr '\n' ' ')"; fi
  # shellcheck disable=SC2086
  env "${env[@]}" SERVER_PORT="$(port_of "$key")" java $JAVA_OPTS -jar "$s/target/$s.jar" \
    >>"$LOGS/${s}-${key#*:}.log" 2>&1 &
  PID[$key]=$!
}
await_ready() { # port [limit seconds]
  local deadline=$(( $(date +%s) + ${2:-120} ))
  until curl -fs -o /dev/null "http://127.0.0.1:$1/actuator/health/readiness"; do
    (( $(date +%s) < deadline )) || { echo "port $1 not ready; see $LOGS/" >&2; exit 1; }
    sleep 0.2
  done
}
cleanup() {
  for p in "${PID[@]}" ${wrk_pids[@]+"${wrk_pids[@]}"}; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
}
trap cleanup EXIT

db=$($POSTGRES && echo "PostgreSQL (one database per service, shared by its instances)" || echo "embedded H2 per instance")
echo "Starting two instances of each service ($db) and the gateway on port $PORT_BASE..."
# the first instance of each service creates its schema; the second starts once that is done
for s in "${SERVICES[@]}"; do launch "$s:a"; done
for s in "${SERVICES[@]}"; do await_ready "$(port_of "$s:a")"; launch "$s:b"; done
for s in "${SERVICES[@]}"; do await_ready "$(port_of "$s:b")"; done
# shellcheck disable=SC2086
SERVER_PORT=$PORT_BASE java $JAVA_OPTS -jar gateway/target/gateway.jar >"$LOGS/gateway.log" 2>&1 &
PID[gateway]=$!
await_ready "$PORT_BASE"

GW=http://127.0.0.1:$PORT_BASE
degraded() {
  curl -fs "$GW/actuator/metrics/salaryguide.degraded.answers" 2>/dev/null \
    | grep -o '"statistic":"COUNT","value":[0-9.E]*' | awk -F: '{printf "%d", $NF}' || echo 0
}
degraded_before=$(degraded); degraded_before=${degraded_before:-0}
declare -A TARGET=([guide]="$GW/api/v1/guides/machine-learning-engineer" [routed]="$GW/api/v1/occupations/15-2051"
                   [offer]="$GW/api/v1/guides/machine-learning-engineer/offer-evaluations")
wrk_pids=()
for scenario in guide routed offer; do
  offer=0; [[ $scenario == offer ]] && offer=1
  BENCH_OFFER=$offer wrk -t1 -c"$CONNECTIONS" -d3600s --timeout 10s -s bench/scenario.lua "${TARGET[$scenario]}" \
    >"$LOGS/wrk-$scenario.txt" 2>&1 &
  wrk_pids+=($!)
done
sleep "$SETTLE"

started=$(date +%s)
for key in "${instances[@]}"; do
  port=$(port_of "$key")
  t0=$(date +%s%N)
  kill -TERM "${PID[$key]}"
  wait "${PID[$key]}" 2>/dev/null || true
  stopped=$(( ($(date +%s%N) - t0) / 1000000 ))
  t1=$(date +%s%N)
  launch "$key"
  await_ready "$port"
  ready=$(( ($(date +%s%N) - t1) / 1000000 ))
  printf '  restarted %-20s stopped in %5d ms, ready again in %5d ms\n' "$key" "$stopped" "$ready"
  # let the gateway's readiness probe (every second) see it back before the next one goes
  sleep "$SETTLE"
done
elapsed=$(( $(date +%s) - started ))

for p in "${wrk_pids[@]}"; do kill -INT "$p" 2>/dev/null || true; done
for p in "${wrk_pids[@]}"; do wait "$p" 2>/dev/null || true; done
wrk_pids=()
degraded_after=$(degraded); degraded_after=${degraded_after:-0}

total=0 failed=0
echo
printf '%-8s %10s %9s %14s\n' scenario requests non-2xx socket_errors
for scenario in guide routed offer; do
  out=$LOGS/wrk-$scenario.txt
  requests=$(awk '/requests in/ {print $1}' "$out"); requests=${requests:-0}
  non2xx=$(awk '/Non-2xx/ {print $NF}' "$out"); non2xx=${non2xx:-0}
  socket=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$out"); socket=${socket:-0}
  printf '%-8s %10s %9s %14s\n' "$scenario" "$requests" "$non2xx" "$socket"
  total=$((total + requests)); failed=$((failed + non2xx + socket))
done
degraded=$((degraded_after - degraded_before))
failed=$((failed + degraded))
echo "degraded answers (200 with sections missing): $degraded"
echo "rolling restart of ${#instances[@]} service instances in ${elapsed}s under load: $total requests, $failed failed"
((failed == 0))
