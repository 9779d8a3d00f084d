#!/usr/bin/env bash
# Starts the whole system on its embedded defaults: wage-service (8081), geography-service (8082),
# advice-service (8083) and the gateway (8080). Builds the jars first if any is missing (or with --build).
# Waits until each process reports ready, prints the gateway URL, and stops all four on Ctrl-C or exit.
# PORT_BASE=9080 moves all four (gateway on the base, the services on the next three ports), so a second system
# can run beside the first.
set -euo pipefail
cd "$(dirname "$0")"

PORT_BASE=${PORT_BASE:-8080}
SERVICES=(wage-service geography-service advice-service gateway)
declare -A PORTS=([wage-service]=$((PORT_BASE + 1)) [geography-service]=$((PORT_BASE + 2))
                  [advice-service]=$((PORT_BASE + 3)) [gateway]=$PORT_BASE)
LOG_DIR=${LOG_DIR:-.run-logs}
READY_TIMEOUT=${READY_TIMEOUT:-240}
# Small heaps and a single-tier JIT start four JVMs quickly on a 2-core machine; override with JAVA_OPTS.
JAVA_OPTS=${JAVA_OPTS:-"-Xms64m -Xmx256m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k"}

build=false
[[ "${1:-}" == "--build" ]] && build=true
for s in "${SERVICES[@]}"; do [[ -f "$s/target/$s.jar" ]] || build=true; done
if $build; then
  echo "Building jars (tests skipped; run ./mvnw verify for those)..."
  ./mvnw -q -B -DskipTests package
fi

mkdir -p "$LOG_DIR"
pids=()
stop_all() {
  trap - EXIT INT TERM
  if ((${#pids[@]})); then
    echo "Stopping..."
    kill "${pids[@]}" 2>/dev/null || true
    wait "${pids[@]}" 2>/dev/null || true
  fi
}
trap stop_all EXIT
trap 'exit 130' INT TERM

for s in "${SERVICES[@]}"; do
  port=${PORTS[$s]}
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "Port $port (for $s) is already in use; stop whatever holds it first." >&2
    exit 1
  fi
done

export WAGE_SERVICE_URL=http://localhost:${PORTS[wage-service]}
export GEOGRAPHY_SERVICE_URL=http://localhost:${PORTS[geography-service]}
export ADVICE_SERVICE_URL=http://localhost:${PORTS[advice-service]}
started=$(date +%s.%N)
for s in "${SERVICES[@]}"; do
  # shellcheck disable=SC2086
  SERVER_PORT=${PORTS[$s]} java $JAVA_OPTS -jar "$s/target/$s.jar" >"$LOG_DIR/$s.log" 2>&1 &
  pids+=($!)
done

for i in "${!SERVICES[@]}"; do
  s=${SERVICES[$i]}
  url="http://127.0.0.1:${PORTS[$s]}/actuator/health/readiness"
  deadline=$(( $(date +%s) + READY_TIMEOUT ))
  until curl -fs "$url" >/dev/null 2>&1; do
    if ! kill -0 "${pids[$i]}" 2>/dev/null; then
      echo "$s exited during start-up; last lines of $LOG_DIR/$s.log:" >&2
      tail -n 30 "$LOG_DIR/$s.log" >&2
      exit 1
    fi
    if (( $(date +%s) > deadline )); then
      echo "$s not ready after ${READY_TIMEOUT}s; see $LOG_DIR/$s.log" >&2
      exit 1
    fi
    sleep 0.2
  done
  printf '%-18s ready on port %s after %.1fs\n' "$s" "${PORTS[$s]}" "$(echo "$(date +%s.%N) - $started" | bc)"
done

echo
echo "Salary Guide API: http://localhost:$PORT_BASE  (try /api/v1/guides/machine-learning-engineer, /swagger-ui.html)"
echo "Logs in $LOG_DIR/. Press Ctrl-C to stop all four processes."
# A process that exits takes the others down with it (a half-started system is no use on a laptop), unless
# KEEP_GOING=true: then the rest keep running, as when bin/check-under-load.sh kills a service on purpose.
if [[ ${KEEP_GOING:-false} == true ]]; then
  wait "${pids[@]}" || true
else
  wait -n "${pids[@]}" || true
  echo "A process exited; see $LOG_DIR/." >&2
fi
