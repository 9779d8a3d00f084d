#!/usr/bin/env bash
# Benchmark of the whole system on this machine. Builds the jars if needed, starts a bare WebFlux endpoint, the three
# services and the gateway one at a time (embedded H2 by default, PostgreSQL with --postgres), and nginx as a plain
# keep-alive reverse proxy in front of wage-service; warms each scenario up, then drives it with wrk from a separate
# process and prints requests/s, p50/p99 latency, the ratios the targets name (each with PASS or MISS), non-2xx
# answers, socket errors and degraded answers per scenario, the guide's p99 at half its peak rate, each process's
# start time (alone, and all four started together with plain `java -jar`) and resident memory after the load.
# Writes every figure to bench/results/bench-<UTC timestamp>.json (and latest.json). Stops what it started.
# Exits 1 if any request got a non-2xx answer, a socket error or a degraded answer (target misses only print MISS).
#
#   bench/run.sh [--postgres] [--duration 15] [--connections 32] [--warmup 20] [--warmup-max 120] [--jfr]
#                [--scenarios "bare direct nginx via-gateway guide offer"] [--no-together]
#
#   --warmup / --warmup-max  each scenario is driven for at least --warmup seconds, then on in 5 s windows until
#                its rate is steady (a window less than 5 % faster than the one before: the JIT has finished), for
#                at most --warmup-max seconds; the seconds each one took are printed and recorded
#
#   --jfr        record a JDK Flight Recorder file of the gateway and of wage-service during each measured scenario
#                (bench/results/jfr/<process>-<scenario>.jfr; read with `jfr summary` / `jfr print`); costs a few %
#   --scenarios  measure only these (targets whose figures are missing print n/a)
#   --no-together  skip the start of all four together (for quick comparisons while tuning)
#
# Ports (every one can be set, so the benchmark can run beside another copy of the system):
#   BENCH_PORT_BASE (8080): gateway = base, wage/geography/advice-service = base+1..3, bare endpoint = base+10,
#   nginx = base+11; or each one: BENCH_GATEWAY_PORT, BENCH_WAGE_PORT, BENCH_GEOGRAPHY_PORT, BENCH_ADVICE_PORT,
#   BENCH_BARE_PORT, BENCH_NGINX_PORT. BENCH_NGINX_WORKERS (2) sets nginx's worker processes.
set -euo pipefail
cd "$(dirname "$0")/.."
COMMAND_LINE="bench/run.sh${*:+ $*}"

POSTGRES=false DURATION=15 CONNECTIONS=32 WARMUP=20 WARMUP_MAX=120 WARMUP_WINDOW=5 JFR=false TOGETHER=true
SCENARIOS=(bare direct nginx via-gateway guide offer)
while (($#)); do
  case "$1" in
    --postgres) POSTGRES=true ;;
    --duration) DURATION=$2; shift ;;
    --connections) CONNECTIONS=$2; shift ;;
    --warmup) WARMUP=$2; shift ;;
    --warmup-max) WARMUP_MAX=$2; shift ;;
    --jfr) JFR=true ;;
    --no-together) TOGETHER=false ;;
    --scenarios) read -ra SCENARIOS <<<"$2"; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done

BASE=${BENCH_PORT_BASE:-8080}
declare -A PORT=(
  [gateway]=${BENCH_GATEWAY_PORT:-$BASE}
  [wage-service]=${BENCH_WAGE_PORT:-$((BASE + 1))}
  [geography-service]=${BENCH_GEOGRAPHY_PORT:-$((BASE + 2))}
  [advice-service]=${BENCH_ADVICE_PORT:-$((BASE + 3))}
  [bench-baseline]=${BENCH_BARE_PORT:-$((BASE + 10))}
  [nginx]=${BENCH_NGINX_PORT:-$((BASE + 11))})
NGINX_WORKERS=${BENCH_NGINX_WORKERS:-2}
PROCESSES=(bench-baseline wage-service geography-service advice-service gateway)
SYSTEM=(wage-service geography-service advice-service gateway)

LOGS=bench/results; mkdir -p "$LOGS"
STAMP=$(date -u +%Y%m%dT%H%M%SZ)
RESULT="$LOGS/bench-$STAMP.json"
install_missing() { # command package: Debian's package when the command is missing
  command -v "$1" >/dev/null && return
  echo "Installing $2..."
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$2"; } >/dev/null
}
install_missing wrk wrk
install_missing jq jq
[[ " ${SCENARIOS[*]} " == *" nginx "* ]] && install_missing nginx nginx
for m in "${PROCESSES[@]}"; do
  [[ -f $m/target/$m.jar ]] || { echo "Building jars..."; ./mvnw -q -B -ntp -DskipTests package; break; }
done
for p in "${PORT[@]}"; do
  if (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then
    echo "Port $p is in use; set BENCH_PORT_BASE (or the BENCH_*_PORT variables) to free ports." >&2
    exit 2
  fi
done

# The JDK each process runs on when started alone: the Dockerfiles' runtime, JDK 25, with its ahead-of-time cache,
# when one is installed (BENCH_JAVA_HOME, else the newest JDK of 25 or later under /usr/lib/jvm); otherwise the
# default java with class data sharing. The start of all four together always uses the default `java`.
java_major() { "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ { print $2 }'; }
if [[ -n ${BENCH_JAVA_HOME:-} ]]; then
  RUN_JAVA=$BENCH_JAVA_HOME/bin/java RUN_MAJOR=$(java_major "$BENCH_JAVA_HOME/bin/java")
else
  RUN_JAVA=java RUN_MAJOR=$(java_major java)
  for j in /usr/lib/jvm/*/bin/java; do
    v=$(java_major "$j"); [[ -n $v ]] && ((v >= 25 && v > RUN_MAJOR)) && RUN_JAVA=$j RUN_MAJOR=$v
  done
fi
AOT=false; ((RUN_MAJOR >= 25)) && AOT=true
# The images' JVM flags, read from a Dockerfile (all four set the same JAVA_TOOL_OPTIONS: a small fixed heap, serial
# GC, compact object headers, small thread stacks and code cache, freed native memory handed back to the OS every
# 5 s, Netty's use of sun.misc.Unsafe allowed), less the JDK 25 ones on an older JDK; plus one Netty arena, and the
# ahead-of-time cache or class data sharing (below) for start time. Full JIT, since this is about throughput.
IMAGE_FLAGS=$(sed -n 's/^ENV JAVA_TOOL_OPTIONS="\([^"]*\)".*/\1/p' wage-service/Dockerfile)
[[ -n $IMAGE_FLAGS ]] || { echo "no JAVA_TOOL_OPTIONS in wage-service/Dockerfile" >&2; exit 2; }
if ! $AOT; then
  IMAGE_FLAGS=$(tr ' ' '\n' <<<"$IMAGE_FLAGS" \
    | grep -Ev '^(--sun-misc-unsafe-memory-access=|--enable-native-access=|-XX:\+UseCompactObjectHeaders$)' | paste -sd' ')
fi
JAVA_OPTS=${JAVA_OPTS:-"$IMAGE_FLAGS -Dio.netty.allocator.numDirectArenas=1 -Dio.netty.allocator.numHeapArenas=1"}
export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
CDS=${CDS:-true}
# reactive stacks are deep: JFR's default of 64 frames would cut off the frames that say which filter a sample is in
$JFR && JAVA_OPTS+=" -XX:FlightRecorderOptions=stackdepth=1024"

url_of() { echo "http://127.0.0.1:${PORT[$1]}"; }
# the environment each process needs to find the others on the benchmark's ports
process_env() {
  local m=$1
  echo "SERVER_PORT=${PORT[$m]}"
  if [[ $m == gateway ]]; then
    echo "WAGE_SERVICE_URL=$(url_of wage-service) GEOGRAPHY_SERVICE_URL=$(url_of geography-service)"
    echo "ADVICE_SERVICE_URL=$(url_of advice-service) SALARYGUIDE_RATE_LIMIT_ENABLED=false"
  fi
  if $POSTGRES && [[ $m == *-service ]]; then db_env "${m%-service}"; fi
}
db_env() { # the Spring variables for one service's benchmark database on the local PostgreSQL (recreated empty)
  local db=bench_$1
  psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db" >/dev/null
  echo "SPRING_R2DBC_URL=r2dbc:postgresql://127.0.0.1:5432/$db SPRING_R2DBC_USERNAME=postgres SPRING_R2DBC_PASSWORD="
  echo "SPRING_FLYWAY_URL=jdbc:postgresql://127.0.0.1:5432/$db SPRING_FLYWAY_USER=postgres SPRING_FLYWAY_PASSWORD="
}

# As in the Dockerfiles: run each jar once extracted, with the flags it runs with, to record JDK 25's ahead-of-time
# cache (classes loaded and linked, method profiles) or, on an older JDK, an AppCDS archive; later starts map it
# instead of loading the classes again. A service's run goes through its warm-up and exits (on its embedded
# database, as an image build does); the gateway's and the bare endpoint's stop at context refresh. Redone when the
# jar, the JDK or the flags change.
cds_jar() {
  local m=$1 out="$1/target/cds"
  local jar="$m/target/$m.jar" file=app.jsa
  $AOT && file=app.aot
  local until="-Dspring.context.exit=onRefresh -Dsalaryguide.warm-up.enabled=false"
  $AOT && [[ $m == *-service ]] && until="-Dsalaryguide.warm-up.exit-after=true -Dsalaryguide.server.shutdown-drain=0s"
  local stamp="$RUN_JAVA $JAVA_OPTS $until"
  if [[ ! -f $out/$file || $jar -nt $out/$file || $(cat "$out/recorded-with" 2>/dev/null) != "$stamp" ]]; then
    rm -rf "$out" && mkdir -p "$out"
    java -Djarmode=tools -jar "$jar" extract --destination "$out" >/dev/null
    local record=-XX:ArchiveClassesAtExit="$out/$file"; $AOT && record=-XX:AOTCacheOutput="$out/$file"
    # shellcheck disable=SC2086
    SERVER_PORT=${PORT[$m]} "$RUN_JAVA" $JAVA_OPTS "$record" $until -jar "$out/$m.jar" >"$LOGS/cds-$m.log" 2>&1 || true
    echo "$stamp" >"$out/recorded-with"
  fi
  if [[ ! -f $out/$file ]]; then echo "-jar $jar"
  elif $AOT; then echo "-XX:AOTCache=$out/$file -jar $out/$m.jar"
  else echo "-XX:SharedArchiveFile=$out/$file -jar $out/$m.jar"; fi
}

declare -A PID START_MS TOGETHER_MS RSS QUIET_WAIT
pids=()
NGINX_DIR=
cleanup() {
  ((${#pids[@]})) && kill "${pids[@]}" 2>/dev/null
  wait 2>/dev/null || true
  [[ -n $NGINX_DIR ]] && rm -rf "$NGINX_DIR"
  return 0
}
trap cleanup EXIT
stop_all() { cleanup; pids=(); PID=(); }

launch() { # module log java-options...: start one jar with its environment, in the background, on $LAUNCH_JAVA
  local m=$1 log=$2; shift 2
  local env; read -ra env <<<"$(process_env "$m" | tr '\n' ' ')"
  env "${env[@]}" "${LAUNCH_JAVA:-java}" "$@" >"$log" 2>&1 &
  PID[$m]=$!; pids+=($!)
}
ready_probe() {
  if [[ $1 == bench-baseline ]]; then echo "$(url_of "$1")/bare"; else echo "$(url_of "$1")/actuator/health/readiness"; fi
}
await_ready() { # module: until its probe answers 2xx (or it dies)
  local m=$1 probe; probe=$(ready_probe "$1")
  until curl -fs -o /dev/null "$probe"; do
    kill -0 "${PID[$m]}" 2>/dev/null || { echo "$m failed to start; see its log in $LOGS/" >&2; exit 1; }
    sleep 0.05
  done
}
cpu_busy_percent() { # the machine's CPU use over the next second, in percent
  local a b; read -ra a < <(head -1 /proc/stat); sleep 1; read -ra b < <(head -1 /proc/stat)
  local total=0 i; for i in 1 2 3 4 5 6 7 8; do total=$(( total + b[i] - a[i] )); done
  local idle=$(( b[4] - a[4] + b[5] - a[5] ))
  echo $(( total > 0 ? 100 * (total - idle) / total : 0 ))
}
await_quiet() { # until the machine is idle (under 10 % busy for a second; at most 60 s): a process that reports ready
  # goes on compiling what its warm-up ran for several seconds, and a start beside it would not be a start alone
  local waited=0
  while (( $(cpu_busy_percent) >= 10 && waited < 60 )); do waited=$((waited + 1)); done
  QUIET_WAIT[$1]=$waited
}
start_alone() { # one process at a time on an idle machine, so each start time is its own
  local m=$1 launch_args="-jar $m/target/$m.jar"
  $CDS && launch_args=$(cds_jar "$m")
  await_quiet "$m"
  local t0; t0=$(date +%s%N)
  # shellcheck disable=SC2086
  LAUNCH_JAVA=$RUN_JAVA launch "$m" "$LOGS/$m.log" $JAVA_OPTS $launch_args
  await_ready "$m"
  START_MS[$m]=$(( ($(date +%s%N) - t0) / 1000000 ))
}
start_nginx() { # a plain keep-alive reverse proxy for wage-service, configured in a temporary directory
  NGINX_DIR=$(mktemp -d /tmp/bench-nginx.XXXXXX)
  chmod 755 "$NGINX_DIR"
  cat >"$NGINX_DIR/nginx.conf" <<EOF
daemon off;
worker_processes $NGINX_WORKERS;
pid $NGINX_DIR/nginx.pid;
error_log $NGINX_DIR/error.log warn;
events { worker_connections 1024; }
http {
  # its default access log, as the gateway writes one line per request too
  access_log $NGINX_DIR/access.log;
  client_body_temp_path $NGINX_DIR/client_body;
  proxy_temp_path $NGINX_DIR/proxy;
  fastcgi_temp_path $NGINX_DIR/fastcgi;
  uwsgi_temp_path $NGINX_DIR/uwsgi;
  scgi_temp_path $NGINX_DIR/scgi;
  upstream wage_service {
    server 127.0.0.1:${PORT[wage-service]};
    keepalive 64;
  }
  server {
    listen 127.0.0.1:${PORT[nginx]};
    location / {
      proxy_pass http://wage_service;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
    }
  }
}
EOF
  nginx -p "$NGINX_DIR" -c "$NGINX_DIR/nginx.conf" -e "$NGINX_DIR/error.log" >"$LOGS/nginx.log" 2>&1 &
  PID[nginx]=$!; pids+=($!)
  until curl -fs -o /dev/null "$(url_of nginx)/api/v1/occupations/15-2051"; do
    kill -0 "${PID[nginx]}" 2>/dev/null || { echo "nginx failed to start:" >&2; cat "$LOGS/nginx.log" "$NGINX_DIR/error.log" >&2; exit 1; }
    sleep 0.05
  done
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
for m in "${PROCESSES[@]}"; do start_alone "$m"; done
[[ " ${SCENARIOS[*]} " == *" nginx "* ]] && start_nginx

GW=$(url_of gateway)
declare -A URL=(
  [bare]=$(url_of bench-baseline)/bare
  [direct]=$(url_of wage-service)/api/v1/occupations/15-2051
  [nginx]=$(url_of nginx)/api/v1/occupations/15-2051
  [via-gateway]=$GW/api/v1/occupations/15-2051
  [guide]=$GW/api/v1/guides/machine-learning-engineer
  [offer]=$GW/api/v1/guides/machine-learning-engineer/offer-evaluations)

to_ms() { # wrk latency like 812.00us / 1.23ms / 2.01s -> milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}
degraded_total() { # the gateway's count of answers sent with sections missing (0 until the first one)
  local n
  n=$(curl -fs "$GW/actuator/metrics/salaryguide.degraded.answers" 2>/dev/null \
    | jq -r '[.measurements[]? | select(.statistic == "COUNT") | .value] | first // 0' 2>/dev/null) || n=0
  printf '%.0f' "${n:-0}"
}
record_jfr() { # start|stop scenario: one recording per profiled process
  local action=$1 s=$2 m
  $JFR || return 0
  mkdir -p "$LOGS/jfr"
  for m in gateway wage-service; do
    if [[ $action == start ]]; then
      jcmd "${PID[$m]}" JFR.start name=bench settings=profile filename="$PWD/$LOGS/jfr/$m-$s.jfr" >/dev/null
    else
      jcmd "${PID[$m]}" JFR.stop name=bench >/dev/null
    fi
  done
}
run_wrk() { # phase scenario seconds connections -> "rps p50 p99 non2xx socket_errors degraded" (PACE_MS paces)
  local phase=$1 s=$2 d=$3 c=$4
  local offer=0; [[ $s == offer ]] && offer=1
  local before; before=$(degraded_total)
  # a request unanswered after 10 s counts as a socket error (wrk's default of 2 s counted the first requests a
  # cold JVM answers late as failures)
  local out; out=$(BENCH_OFFER=$offer wrk -t2 -c"$c" -d"${d}s" --timeout 10s --latency -s bench/scenario.lua "${URL[$s]}")
  echo "$out" >"$LOGS/wrk-$phase-$s.txt"
  local rps p50 p99 bad errors degraded
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(to_ms "$(awk '$1=="50%" {print $2}' <<<"$out")")
  p99=$(to_ms "$(awk '$1=="99%" {print $2}' <<<"$out")")
  bad=$(awk '/Non-2xx/ {print $NF}' <<<"$out"); bad=${bad:-0}
  # "Socket errors: connect 0, read 0, write 0, timeout 0": requests that got no answer at all
  errors=$(awk '/Socket errors/ { for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+,?$/) n += $i } END { print n + 0 }' <<<"$out")
  degraded=$(( $(degraded_total) - before ))
  echo "${rps:-0} $p50 $p99 $bad $errors $degraded"
}

# CPU time each process spends per request of a scenario: steadier than requests/s on a busy machine (other work
# takes CPU away from the benchmark but hardly changes what one request costs), and it says where the time goes
CPU_PROCS=(bench-baseline nginx gateway wage-service geography-service advice-service)
CLK_TCK=$(getconf CLK_TCK)
cpu_ticks() { # process -> CPU time so far in clock ticks (nginx: master and workers)
  local pids=${PID[$1]:-} t=0 p
  [[ -n $pids ]] || { echo 0; return; }
  [[ $1 == nginx ]] && pids+=" $(pgrep -P "${PID[nginx]}" | tr '\n' ' ')"
  for p in $pids; do t=$(( t + $(awk '{print $14 + $15}' "/proc/$p/stat" 2>/dev/null || echo 0) )); done
  echo "$t"
}
declare -A CPU_US
has() { [[ -n ${RPS[$1]:-} ]]; }
declare -A RPS P50 P99 BAD ERR DEG WBAD WERR WDEG
# The JIT needs tens of thousands of requests on a path before it runs at full speed (the gateway's proxy path
# most of all), so each scenario is first driven as hard as it will be measured. Warm-up answers are checked too.
# The gateway's proxy path takes longest: on a 2-core machine its compiler threads share the cores with the load,
# and it ran at half its steady rate after 20 s in one run (full speed after about a minute). So each scenario is
# warmed until its rate stops rising, not for a fixed time.
declare -A WARMED
still_rising() { # previous-rps rps: the later window more than 5 % faster
  awk -v a="$1" -v b="$2" 'BEGIN { exit !(a <= 0 || (b - a) / a >= 0.05) }'
}
warm_up() { # scenario: windows of load until steady -> "seconds non2xx errors degraded" summed over the windows
  local s=$1 spent=0 bad=0 err=0 deg=0 previous=0 rps b e d
  while :; do
    read -r rps _ _ b e d <<<"$(run_wrk warmup "$s" "$WARMUP_WINDOW" "$CONNECTIONS")"
    spent=$((spent + WARMUP_WINDOW)) bad=$((bad + b)) err=$((err + e)) deg=$((deg + d))
    if ((spent >= WARMUP)) && ! still_rising "$previous" "$rps"; then break; fi
    ((spent >= WARMUP_MAX)) && break
    previous=$rps
  done
  echo "$spent $bad $err $deg"
}
echo "Warming up (JIT, pools, caches): each scenario at least ${WARMUP}s, then until its rate is steady (at most ${WARMUP_MAX}s)..."
for s in "${SCENARIOS[@]}"; do
  read -r WARMED[$s] WBAD[$s] WERR[$s] WDEG[$s] <<<"$(warm_up "$s")"
  echo "  $s: warmed ${WARMED[$s]}s"
done
for s in "${SCENARIOS[@]}"; do
  echo "Measuring $s: ${DURATION}s..."
  record_jfr start "$s"
  declare -A CPU0=()
  for m in "${CPU_PROCS[@]}"; do CPU0[$m]=$(cpu_ticks "$m"); done
  read -r RPS[$s] P50[$s] P99[$s] BAD[$s] ERR[$s] DEG[$s] <<<"$(run_wrk measure "$s" "$DURATION" "$CONNECTIONS")"
  requests=$(awk '/requests in/ {print $1}' "$LOGS/wrk-measure-$s.txt"); requests=${requests:-0}
  for m in "${CPU_PROCS[@]}"; do
    CPU_US[$s,$m]=$(( requests > 0 ? ($(cpu_ticks "$m") - ${CPU0[$m]}) * 1000000 / CLK_TCK / requests : 0 ))
  done
  record_jfr stop "$s"
done

# p99 of the guide at half its peak rate: 16 connections, each pacing its requests by a whole number of milliseconds
# (wrk's delay() counts in ms), at least 1, so the rate offered is 16,000 / pace per second at most: above 32,000
# req/s of peak, "half" is capped at 16,000. (More connections at a 2 ms pace were tried: wrk's paced connections then
# fire in step, and bursts of 50 requests measured a p99 of 38-152 ms on a gateway that served 38,000 req/s unpaced
# with a p99 of 4.5 ms.)
HALF= HALF_TARGET= HALF_RPS= HALF_P99= HALF_BAD=0 HALF_ERR=0 HALF_DEG=0
if has guide; then
  HALF_TARGET=$(awk -v r="${RPS[guide]}" 'BEGIN { printf "%d", r / 2 }')
  pace=$(awk -v r="$HALF_TARGET" 'BEGIN { p = (r > 0 ? int(16 * 1000 / r + 0.5) : 1000); printf "%d", (p > 0 ? p : 1) }')
  HALF=$(( 16 * 1000 / pace ))
  echo "Measuring the guide at half its peak (${HALF} req/s offered, half the peak is $HALF_TARGET): ${DURATION}s..."
  read -r HALF_RPS _ HALF_P99 HALF_BAD HALF_ERR HALF_DEG <<<"$(PACE_MS=$pace run_wrk half guide "$DURATION" 16)"
fi

LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
rss_mib() { awk '/^VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$1/status"; }
for m in "${PROCESSES[@]}"; do RSS[$m]=$(rss_mib "${PID[$m]}"); done

# All four started at once with plain `java -jar` (default JVM options, no class data sharing): what a developer's
# first start costs on this machine, timed until the last one reports ready.
stop_all
TOGETHER_ALL=
if $TOGETHER; then
  echo "Starting the three services and the gateway together (plain java -jar)..."
  t0=$(date +%s%N)
  for m in "${SYSTEM[@]}"; do launch "$m" "$LOGS/together-$m.log" -jar "$m/target/$m.jar"; done
  for m in "${SYSTEM[@]}"; do
    await_ready "$m"
    TOGETHER_MS[$m]=$(( ($(date +%s%N) - t0) / 1000000 ))
  done
  TOGETHER_ALL=$(( ($(date +%s%N) - t0) / 1000000 ))
  stop_all
fi

ratio() { # a b -> a/b with two decimals, or empty when either is missing
  [[ -n $1 && -n $2 ]] || return 0
  awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b }'
}
rps_of() { echo "${RPS[$1]:-}"; }

# name|value|comparison|target: the targets of issue 13, each as measured in this one run
TARGETS=(
  "wage-service direct / bare endpoint|$(ratio "$(rps_of direct)" "$(rps_of bare)")|>=|0.5"
  "via gateway / direct|$(ratio "$(rps_of via-gateway)" "$(rps_of direct)")|>=|0.6"
  "via gateway / nginx|$(ratio "$(rps_of via-gateway)" "$(rps_of nginx)")|>=|0.7"
  "whole guide / direct|$(ratio "$(rps_of guide)" "$(rps_of direct)")|>=|1.0"
  "offer evaluation / direct|$(ratio "$(rps_of offer)" "$(rps_of direct)")|>=|0.6"
  "guide p99 at half peak (ms)|$HALF_P99|<=|25")
for m in "${SYSTEM[@]}"; do TARGETS+=("$m ready alone (s)|$(ratio "${START_MS[$m]}" 1000)|<|4"); done
TARGETS+=("all four ready together, plain java -jar (s)|$(ratio "${TOGETHER_ALL:-}" 1000)|<|20")
for m in "${SYSTEM[@]}"; do TARGETS+=("$m RSS after the benchmark (MiB)|${RSS[$m]}|<|200"); done
verdict() { # value comparison target -> PASS / MISS / n/a
  [[ -n $1 ]] || { echo n/a; return; }
  awk -v v="$1" -v c="$2" -v t="$3" 'BEGIN { ok = (c == ">=") ? v >= t : (c == "<=") ? v <= t : v < t; print ok ? "PASS" : "MISS" }'
}

db=$($POSTGRES && echo PostgreSQL || echo "embedded H2")
echo
echo "Salary Guide benchmark: $(nproc) cores, $db, wrk -t2 -c$CONNECTIONS -d${DURATION}s (each warmed until steady: $(for s in "${SCENARIOS[@]}"; do printf '%s %ss ' "$s" "${WARMED[$s]}"; done | sed 's/ $//')), all processes on this machine"
echo "(load average before: $LOAD_BEFORE, after the load: $LOAD_AFTER; other work on the machine skews absolute figures, ratios less)"
printf '%-12s %10s %9s %9s %9s %9s %8s %8s %9s\n' scenario req/s p50_ms p99_ms x_direct x_bare non2xx errors degraded
for s in "${SCENARIOS[@]}"; do
  printf '%-12s %10.0f %9s %9s %9s %9s %8s %8s %9s\n' "$s" "${RPS[$s]}" "${P50[$s]}" "${P99[$s]}" \
    "$(ratio "${RPS[$s]}" "$(rps_of direct)")" "$(ratio "${RPS[$s]}" "$(rps_of bare)")" \
    "$(( BAD[$s] + WBAD[$s] ))" "$(( ERR[$s] + WERR[$s] ))" "$(( DEG[$s] + WDEG[$s] ))"
done
echo "(non2xx, errors (no answer: connect/read/write/timeout) and degraded (2xx naming unavailableSections) count warm-up and measurement)"
echo
echo "CPU microseconds per request, by process (what one request costs each; less sensitive to other load than req/s):"
printf '%-12s' scenario; for m in "${CPU_PROCS[@]}"; do printf ' %17s' "$m"; done; echo
for s in "${SCENARIOS[@]}"; do
  printf '%-12s' "$s"; for m in "${CPU_PROCS[@]}"; do printf ' %17s' "${CPU_US[$s,$m]}"; done; echo
done
has nginx && has via-gateway && echo "nginx / direct: $(ratio "$(rps_of nginx)" "$(rps_of direct)");" \
  "gateway / nginx: $(ratio "$(rps_of via-gateway)" "$(rps_of nginx)")"
if has guide; then
  printf 'guide at half its peak (%s req/s offered, half the peak being %s; %.0f served): p99 %s ms, non-2xx %s, errors %s, degraded %s\n' \
    "$HALF" "$HALF_TARGET" "$HALF_RPS" "$HALF_P99" "$HALF_BAD" "$HALF_ERR" "$HALF_DEG"
fi
echo
echo "started alone on $("$RUN_JAVA" -version 2>&1 | head -1) with $($CDS && { $AOT && echo "its ahead-of-time cache" \
  || echo "class data sharing"; } || echo "no archive"); together on $(java -version 2>&1 | head -1)"
printf '%-18s %14s %17s %9s %s\n' process ready_alone_ms ready_together_ms rss_MiB "(seconds waited for an idle machine before the start alone)"
for m in "${PROCESSES[@]}"; do
  printf '%-18s %14s %17s %9s %s\n' "$m" "${START_MS[$m]}" "${TOGETHER_MS[$m]:--}" "${RSS[$m]}" "(${QUIET_WAIT[$m]:-0})"
done
[[ -n $TOGETHER_ALL ]] && echo "all four started together with plain java -jar: ready after $TOGETHER_ALL ms"
echo
echo "targets:"
targets_json='[]'
for t in "${TARGETS[@]}"; do
  IFS='|' read -r name value cmp target <<<"$t"
  v=$(verdict "$value" "$cmp" "$target")
  printf '  %-50s %8s  %-2s %-4s  %s\n' "$name" "${value:-n/a}" "$cmp" "$target" "$v"
  targets_json=$(jq -c --arg n "$name" --arg v "$value" --arg c "$cmp" --arg t "$target" --arg r "$v" \
    '. + [{name: $n, value: ($v | tonumber? // null), comparison: $c, target: ($t | tonumber), verdict: $r}]' \
    <<<"$targets_json")
done

failures=0
for s in "${SCENARIOS[@]}"; do
  failures=$(( failures + BAD[$s] + ERR[$s] + DEG[$s] + WBAD[$s] + WERR[$s] + WDEG[$s] ))
done
failures=$(( failures + HALF_BAD + HALF_ERR + HALF_DEG ))

scenarios_json='{}'
for s in "${SCENARIOS[@]}"; do
  cpu_json='{}'
  for m in "${CPU_PROCS[@]}"; do
    cpu_json=$(jq -c --arg m "$m" --argjson v "${CPU_US[$s,$m]}" '.[$m] = $v' <<<"$cpu_json")
  done
  scenarios_json=$(jq -c --arg s "$s" --arg url "${URL[$s]}" --argjson cpu "$cpu_json" --argjson rps "${RPS[$s]}" --argjson p50 "${P50[$s]}" \
    --argjson p99 "${P99[$s]}" --argjson bad "${BAD[$s]}" --argjson err "${ERR[$s]}" --argjson deg "${DEG[$s]}" \
 --argjson warmed "${WARMED[$s]}" --argjson wbad "${WBAD[$s]}" --argjson werr "${WERR[$s]}" --argjson wdeg "${WDEG[$s]}" \
    --arg xd "$(ratio "${RPS[$s]}" "$(rps_of direct)")" --arg xb "$(ratio "${RPS[$s]}" "$(rps_of bare)")" \
    '.[$s] = {url: $url, rps: $rps, p50_ms: $p50, p99_ms: $p99, x_direct: ($xd | tonumber? // null),
      x_bare: ($xb | tonumber? // null), non2xx: $bad, socket_errors: $err, degraded: $deg,
      warmup: {seconds: $warmed, non2xx: $wbad, socket_errors: $werr, degraded: $wdeg}, cpu_us_per_request: $cpu}' <<<"$scenarios_json")
done
processes_json='{}'
for m in "${PROCESSES[@]}"; do
  processes_json=$(jq -c --arg m "$m" --argjson port "${PORT[$m]}" --argjson alone "${START_MS[$m]}" \
    --argjson quiet "${QUIET_WAIT[$m]:-0}" \
    --arg together "${TOGETHER_MS[$m]:-}" --argjson rss "${RSS[$m]}" \
    '.[$m] = {port: $port, idle_wait_s: $quiet, ready_alone_ms: $alone, ready_together_ms: ($together | tonumber? // null), rss_mib: $rss}' \
    <<<"$processes_json")
done
jq -n --arg date "$(date -u +%Y-%m-%dT%H:%M:%SZ)" --arg cmd "$COMMAND_LINE" \
  --arg commit "$(git rev-parse HEAD 2>/dev/null || echo unknown)" \
  --argjson dirty "$([[ -n $(git status --porcelain --untracked-files=no 2>/dev/null) ]] && echo true || echo false)" \
  --argjson cores "$(nproc)" --arg load_before "$LOAD_BEFORE" --arg load_after "$LOAD_AFTER" --arg java "$("$RUN_JAVA" -version 2>&1 | head -1)" --arg together_java "$(java -version 2>&1 | head -1)" --arg db "$db" \
  --argjson threads 2 --argjson conns "$CONNECTIONS" --argjson dur "$DURATION" --argjson warm "$WARMUP" --argjson warm_max "$WARMUP_MAX" \
  --arg opts "$JAVA_OPTS" --argjson cds "$CDS" --arg cache "$($CDS && { $AOT && echo aot-cache || echo appcds; } || echo none)" --argjson nginx_workers "$NGINX_WORKERS" \
  --argjson nginx_port "${PORT[nginx]}" \
  --argjson scenarios "$scenarios_json" --argjson processes "$processes_json" --argjson targets "$targets_json" \
  --arg half "$HALF" --arg half_target "$HALF_TARGET" --arg half_rps "$HALF_RPS" --arg half_p99 "$HALF_P99" \
  --argjson half_bad "$HALF_BAD" --argjson half_err "$HALF_ERR" --argjson half_deg "$HALF_DEG" \
  --arg together "$TOGETHER_ALL" --argjson failures "$failures" \
  --arg nginx_x_direct "$(ratio "$(rps_of nginx)" "$(rps_of direct)")" \
  --arg gateway_x_nginx "$(ratio "$(rps_of via-gateway)" "$(rps_of nginx)")" \
  '{date: $date, command: $cmd, commit: $commit, dirty_worktree: $dirty, cores: $cores,
    load_average: {before: $load_before, after_load: $load_after}, java: $java, together_java: $together_java,
    database: $db,
    wrk: {threads: $threads, connections: $conns, duration_s: $dur, warmup_min_s: $warm, warmup_max_s: $warm_max},
    jvm: {options: $opts, class_data_sharing: $cds, cache: $cache}, nginx: {workers: $nginx_workers, port: $nginx_port},
    scenarios: $scenarios,
    ratios: {nginx_x_direct: ($nginx_x_direct | tonumber? // null), gateway_x_nginx: ($gateway_x_nginx | tonumber? // null)},
    guide_half_peak: {offered_rps: ($half | tonumber? // null), half_of_peak_rps: ($half_target | tonumber? // null), served_rps: ($half_rps | tonumber? // null),
      p99_ms: ($half_p99 | tonumber? // null), non2xx: $half_bad, socket_errors: $half_err, degraded: $half_deg},
    processes: $processes, all_four_together_ready_ms: ($together | tonumber? // null),
    targets: $targets, failed_requests: $failures}' >"$RESULT"
cp "$RESULT" "$LOGS/latest.json"
echo
echo "results: $RESULT (and $LOGS/latest.json); raw wrk output and logs in $LOGS/"
if ((failures > 0)); then
  echo "FAILED: $failures requests got a non-2xx answer, no answer or a degraded answer (see the table)" >&2
  exit 1
fi
