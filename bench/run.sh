#!/usr/bin/env bash
# Benchmark of the whole system on this machine. Builds the jars if needed, starts a bare WebFlux endpoint, the three
# services and the gateway (embedded H2 by default, PostgreSQL with --postgres), warms up, then drives load with wrk
# from a separate process and prints, for each scenario, requests/s, p50/p99 latency and the ratios to the direct
# service call and to the bare endpoint; then each process's start time and resident memory. Stops what it started.
#
#   bench/run.sh [--postgres] [--duration 15] [--connections 32] [--warmup 20]
set -euo pipefail
cd "$(dirname "$0")/.."

POSTGRES=false DURATION=15 CONNECTIONS=32 WARMUP=20
while (($#)); do
  case "$1" in
    --postgres) POSTGRES=true ;;
    --duration) DURATION=$2; shift ;;
    --connections) CONNECTIONS=$2; shift ;;
    --warmup) WARMUP=$2; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

LOGS=bench/results; mkdir -p "$LOGS"
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
for m in bench-baseline wage-service geography-service advice-service gateway; do
  [[ -f $m/target/$m.jar ]] || { echo "Building jars..."; ./mvnw -q -B -DskipTests package; break; }
done

# The services' Dockerfile flags (a small fixed heap, serial GC, small thread stacks and code cache, freed native
# memory handed back to the OS every 5 s, two glibc malloc arenas), plus one Netty arena and class data sharing
# (below) for start time; full JIT, since this is about throughput.
JAVA_OPTS=${JAVA_OPTS:-"-Xms32m -Xmx128m -XX:+UseSerialGC -Xss256k -XX:ReservedCodeCacheSize=40m -XX:MaxMetaspaceSize=128m -XX:TrimNativeHeapInterval=5000 -Dio.netty.allocator.numDirectArenas=1 -Dio.netty.allocator.numHeapArenas=1"}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
CDS=${CDS:-true}

# Spring Boot's CDS support: run each jar once extracted, up to context refresh, to record an AppCDS archive; later
# starts map the recorded classes instead of loading and verifying them. Redone when the jar changes.
cds_jar() {
  local m=$1 dir=target/cds
  local jar="$m/target/$m.jar" out="$m/$dir"
  if [[ ! -f $out/app.jsa || $jar -nt $out/app.jsa ]]; then
    rm -rf "$out" && mkdir -p "$out"
    java -Djarmode=tools -jar "$jar" extract --destination "$out" >/dev/null
    java -XX:ArchiveClassesAtExit="$out/app.jsa" -Dspring.context.exit=onRefresh -Dsalaryguide.warm-up.enabled=false \
      -jar "$out/$m.jar" >"$LOGS/cds-$m.log" 2>&1 || true
  fi
  if [[ -f $out/app.jsa ]]; then echo "-XX:SharedArchiveFile=$out/app.jsa -jar $out/$m.jar"; else echo "-jar $jar"; fi
}
declare -A PORT=([bench-baseline]=8090 [wage-service]=8081 [geography-service]=8082 [advice-service]=8083 [gateway]=8080)
declare -A PID START_MS
pids=()
cleanup() { ((${#pids[@]})) && kill "${pids[@]}" 2>/dev/null; wait 2>/dev/null || true; }
trap cleanup EXIT

db_env() { # the Spring variables for one service's benchmark database on the local PostgreSQL
  local db=bench_$1
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db" >/dev/null
  echo "SPRING_R2DBC_URL=r2dbc:postgresql://127.0.0.1:5432/$db SPRING_R2DBC_USERNAME=postgres SPRING_R2DBC_PASSWORD="
  echo "SPRING_FLYWAY_URL=jdbc:postgresql://127.0.0.1:5432/$db SPRING_FLYWAY_USER=postgres SPRING_FLYWAY_PASSWORD="
}

start() { # one process at a time, so each start time is its own
  local m=$1 env=()
  if $POSTGRES && [[ $m == *-service ]]; then read -ra env <<<"$(db_env "${m%-service}" | tr '\n' ' ')"; fi
  [[ $m == gateway ]] && env+=(SALARYGUIDE_RATE_LIMIT_ENABLED=false)
  local launch="-jar $m/target/$m.jar"
  $CDS && launch=$(cds_jar "$m")
  local t0; t0=$(date +%s%N)
  # shellcheck disable=SC2086
  env "${env[@]}" java $JAVA_OPTS $launch >"$LOGS/$m.log" 2>&1 &
  PID[$m]=$!; pids+=($!)
  local probe="http://127.0.0.1:${PORT[$m]}/actuator/health/readiness"
  [[ $m == bench-baseline ]] && probe="http://127.0.0.1:${PORT[$m]}/bare"
  until curl -fs -o /dev/null "$probe"; do
    kill -0 "${PID[$m]}" 2>/dev/null || { echo "$m failed to start; see $LOGS/$m.log" >&2; exit 1; }
    sleep 0.05
  done
  START_MS[$m]=$(( ($(date +%s%N) - t0) / 1000000 ))
}

for m in bench-baseline wage-service geography-service advice-service gateway; do start "$m"; done

GW=http://127.0.0.1:8080
declare -A URL=(
  [bare]=http://127.0.0.1:8090/bare
  [direct]=http://127.0.0.1:8081/api/v1/occupations/15-2051
  [via-gateway]=$GW/api/v1/occupations/15-2051
  [guide]=$GW/api/v1/guides/machine-learning-engineer
  [offer]=$GW/api/v1/guides/machine-learning-engineer/offer-evaluations)
SCENARIOS=(bare direct via-gateway guide offer)

to_ms() { # wrk latency like 812.00us / 1.23ms / 2.01s -> milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}
degraded_total() { # the gateway's count of answers sent with sections missing (0 until the first one)
  curl -fs "$GW/actuator/metrics/salaryguide.degraded.answers" 2>/dev/null \
    | grep -o '"statistic":"COUNT","value":[0-9.E]*' | awk -F: '{printf "%d", $NF}' || true
}
run_wrk() { # scenario, seconds, connections -> "rps p50 p99 non2xx degraded" (PACE_MS in the environment paces)
  local s=$1 d=$2 c=$3
  local offer=0; [[ $s == offer ]] && offer=1
  local before; before=$(degraded_total)
  local out; out=$(BENCH_OFFER=$offer wrk -t2 -c"$c" -d"${d}s" --latency -s bench/scenario.lua "${URL[$s]}")
  echo "$out" >"$LOGS/wrk-$s.txt"
  local rps p50 p99 bad degraded
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(to_ms "$(awk '$1=="50%" {print $2}' <<<"$out")")
  p99=$(to_ms "$(awk '$1=="99%" {print $2}' <<<"$out")")
  bad=$(awk '/Non-2xx/ {print $NF}' <<<"$out"); bad=${bad:-0}
  degraded=$(( $(degraded_total) + 0 - ${before:-0} ))
  echo "$rps $p50 $p99 $bad $degraded"
}

# The JIT needs tens of thousands of requests on a path before it runs at full speed (the gateway's proxy path
# most of all), so each scenario is first driven as hard as it will be measured.
echo "Warming up (JIT, pools, caches): ${WARMUP}s per scenario..."
for s in "${SCENARIOS[@]}"; do run_wrk "$s" "$WARMUP" "$CONNECTIONS" >/dev/null; done

declare -A RPS P50 P99 BAD DEG
for s in "${SCENARIOS[@]}"; do
  read -r RPS[$s] P50[$s] P99[$s] BAD[$s] DEG[$s] <<<"$(run_wrk "$s" "$DURATION" "$CONNECTIONS")"
done

# p99 of the guide at half its peak rate: 16 connections, each pacing its requests
half=$(awk -v r="${RPS[guide]}" 'BEGIN { printf "%d", r / 2 }')
pace=$(awk -v r="$half" 'BEGIN { printf "%d", (r > 0 ? 16 * 1000 / r : 1000) }')
read -r HALF_RPS _ HALF_P99 HALF_BAD HALF_DEG <<<"$(PACE_MS=$pace run_wrk guide "$DURATION" 16)"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
db=$($POSTGRES && echo PostgreSQL || echo "embedded H2")
echo
echo "Salary Guide benchmark: $(nproc) cores, $db, wrk -t2 -c$CONNECTIONS -d${DURATION}s, all processes on this machine"
printf '%-12s %10s %9s %9s %10s %10s %8s %9s\n' scenario req/s p50_ms p99_ms x_direct x_bare non2xx degraded
for s in "${SCENARIOS[@]}"; do
  printf '%-12s %10.0f %9s %9s %10s %10s %8s %9s\n' "$s" "${RPS[$s]}" "${P50[$s]}" "${P99[$s]}" \
    "$(ratio "${RPS[$s]}" "${RPS[direct]}")" "$(ratio "${RPS[$s]}" "${RPS[bare]}")" "${BAD[$s]}" "${DEG[$s]}"
done
echo "(degraded: 2xx answers naming unavailableSections, i.e. a service did not answer in time)"
echo
printf 'guide at half its peak (%s req/s offered, %.0f served): p99 %s ms, non-2xx %s, degraded %s\n' "$half" \
  "$HALF_RPS" "$HALF_P99" "$HALF_BAD" "$HALF_DEG"
echo
echo "targets: guide >= 0.80 x direct: $(ratio "${RPS[guide]}" "${RPS[direct]}");" \
  "offer >= 0.80 x guide: $(ratio "${RPS[offer]}" "${RPS[guide]}"); p99 at half peak <= 25 ms: $HALF_P99"
echo
printf '%-18s %12s %10s\n' process ready_ms rss_MiB
for m in bench-baseline wage-service geography-service advice-service gateway; do
  printf '%-18s %12s %10.0f\n' "$m" "${START_MS[$m]}" "$(awk '{print $1/1024}' <<<"$(ps -o rss= -p "${PID[$m]}")")"
done
echo "(raw wrk output and logs in $LOGS/)"
