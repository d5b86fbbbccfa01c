#!/usr/bin/env bash
# Benchmark of the public status surfaces (issue 5): /status.json and /status against the trivial /healthz, with
# 200 public systems and 1,000 dependencies, on this machine, in one run. Not part of `mvn verify`; nothing of it
# ships in the jar. Needs wrk (Debian: apt-get install wrk), curl and a built jar.
#
#   bash bench/status-page.sh                 # 30 s per endpoint, 64 connections, 2 wrk threads
#   DURATION=10s bash bench/status-page.sh    # a quicker look
#   ROUNDS=3 bash bench/status-page.sh        # on a shared machine: 3 interleaved rounds of 10 s each
#   RESULTS=file bash bench/status-page.sh    # also write the figures as key=value lines (the benchmark suite)
#   HISTORY=0 bash bench/status-page.sh       # the first step's fleet: no history, no checks
#
# By default the fleet has a past and a present (HISTORY=1): StatusPageFleet (benchmarks module, run from the built
# jar and benchmarks/target/classes) writes 200 systems created 89 days ago with outages, slow spells, incidents,
# tallied days and a day of hourly check roll-ups into a fresh database; Vigil then starts on it and every healthy
# dependency gets an HTTP check (every 30 s, against Vigil's own /healthz), so results commit several times a second
# during the measurement and the snapshot is rebuilt under load, as it is in production. The page then has 90-day
# bars and a response-time sparkline for every system (each dependency's own is on its system's page).
#
# Requests send `Accept-Encoding: gzip`, as every browser and most HTTP clients do; the server then writes the
# snapshot's pre-compressed bytes. One extra round without it is printed for the record.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
jar="$root/bootstrap/target/vigil.jar"
DURATION=${DURATION:-30s}
WARMUP=${WARMUP:-10s}
CONNECTIONS=${CONNECTIONS:-64}
THREADS=${THREADS:-2}
SYSTEMS=${SYSTEMS:-200}
PER_SYSTEM=${PER_SYSTEM:-5}
ROUNDS=${ROUNDS:-1}
HISTORY=${HISTORY:-1}
CHECK_INTERVAL=${CHECK_INTERVAL:-30}
classes="$root/benchmarks/target/classes"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }
[ -f "$jar" ] || { echo "build the jar first: mvn -q -DskipTests package" >&2; exit 2; }

work=$(mktemp -d)
if [ "$HISTORY" = 1 ]; then
  [ -d "$classes/dev/vigil/benchmarks" ] || { echo "build the benchmarks module first: mvn -q -DskipTests package" >&2; exit 2; }
  java -cp "$jar:$classes" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn dev.vigil.benchmarks.StatusPageFleet \
    "$work/vigil.db" "$SYSTEMS" "$PER_SYSTEM"
fi
key="bench-admin-key-$(date +%s)-$$"
# Debug logging of the snapshot only: once a minute it says how many rebuilds it made and what they cost.
VIGIL_ADMIN_KEY="$key" java ${JAVA_OPTS:-} -Dorg.slf4j.simpleLogger.log.dev.vigil.adapters.web.page.StatusSnapshots=debug \
  -jar "$jar" --host 127.0.0.1 --port 0 --db "$work/vigil.db" > "$work/server.out" 2> "$work/server.err" &
pid=$!
cleanup() {
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

port=""
for _ in $(seq 1 240); do
  port=$(grep -o 'serves on http://127.0.0.1:[0-9]*' "$work/server.err" | grep -o '[0-9]*$' || true)
  [ -n "$port" ] && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/server.err" >&2; exit 1; }
  sleep 0.25
done
[ -n "$port" ] || { echo "vigil did not start" >&2; exit 1; }
base="http://127.0.0.1:$port"
echo "vigil (pid $pid) on $base; seeding $SYSTEMS systems x $PER_SYSTEM dependencies"

post() {
  curl -sf -o /dev/null -X POST "$base$1" -H "Authorization: Bearer $key" -H 'Content-Type: application/json' -d "$2"
}
put() {
  curl -sf -o /dev/null -X PUT "$base$1" -H "Authorization: Bearer $key" -H 'Content-Type: application/json' -d "$2"
}
export -f post put
export base key
deps=$((SYSTEMS * PER_SYSTEM))
if [ "$HISTORY" != 1 ]; then
  seq 1 "$SYSTEMS" | xargs -P 4 -I{} bash -c \
    'post /api/systems "{\"name\": \"System {}\", \"description\": \"Benchmark system number {}\"}"'
  seq 1 "$deps" | xargs -P 4 -I{} bash -c \
    'n={}; post "/api/systems/$(( (n - 1) / '"$PER_SYSTEM"' + 1 ))/dependencies" "{\"name\": \"Dependency $n\", \"criticality\": \"$([ $((n % 3)) -eq 0 ] && echo minor || echo critical)\"}"'
else
  # Every dependency but the few set by hand below gets an HTTP check against Vigil itself.
  echo "configuring $deps HTTP checks every $CHECK_INTERVAL s"
  export CHECK_INTERVAL
  seq 1 "$deps" | grep -vxE '7|42|99|500|777|3|250|900' | xargs -P 4 -I{} bash -c \
    'put "/api/dependencies/{}/check" "{\"type\": \"http\", \"url\": \"$base/healthz\", \"interval\": $CHECK_INTERVAL}"'
  post /api/incidents '{"title": "Benchmark incident", "impact": "minor", "system_ids": [12], "message": "Some requests are slow; we are on it.", "by": "bench"}'
  post /api/maintenances "{\"title\": \"Benchmark maintenance\", \"description\": \"Planned work.\", \"start_time\": \"$(date -u -d '+1 day' +%Y-%m-%dT02:00:00Z)\", \"end_time\": \"$(date -u -d '+1 day' +%Y-%m-%dT03:00:00Z)\", \"system_ids\": [20]}"
fi
# A few failures, so the page has something to sort to the top.
# (Ids beyond a smaller fleet, as in the benchmark suite's quick mode, are left out.)
for n in 7 42 99 500 777; do
  if [ "$n" -le "$deps" ]; then post "/api/dependencies/$n/status" '{"status": "red", "message": "benchmark"}'; fi
done
for n in 3 250 900; do
  if [ "$n" -le "$deps" ]; then post "/api/dependencies/$n/status" '{"status": "yellow", "message": "benchmark"}'; fi
done
maintenance=$(( SYSTEMS < 150 ? SYSTEMS : 150 ))
post "/api/systems/$maintenance/status" '{"status": "maintenance"}'
for c in online_now messages_last_24h calls_last_24h; do
  curl -sf -o /dev/null -X PUT "$base/api/counters/$c" -H "Authorization: Bearer $key" \
    -H 'Content-Type: application/json' -d '{"value": 12345}'
done

expected=$((SYSTEMS + deps))
for _ in $(seq 1 100); do
  count=$(curl -s "$base/status.json" | grep -o '"component":' | wc -l)
  [ "$count" -eq "$expected" ] && break
  sleep 0.1
done
if [ "$HISTORY" = 1 ]; then
  for _ in $(seq 1 120); do # until every checked dependency has a first result (they start within 5 s)
    curl -s "$base/status.json" | grep -q '"state":"unknown"' || break
    sleep 0.5
  done
  echo "page: $(curl -s "$base/status" | grep -o '<figure class="uptime">' | wc -l) uptime charts," \
    "$(curl -s "$base/status" | grep -o '<svg class="sparkline"' | wc -l) sparklines," \
    "$(curl -s "$base/status.json" | grep -o '"latency_ms":[0-9]' | wc -l) components with a latency"
fi
sizes="/status $(curl -s "$base/status" | wc -c) bytes ($(curl -s -H 'Accept-Encoding: gzip' "$base/status" | wc -c) gzipped),"
sizes="$sizes /status.json $(curl -s "$base/status.json" | wc -c) bytes ($(curl -s -H 'Accept-Encoding: gzip' "$base/status.json" | wc -c) gzipped)"
echo "snapshot: $count components; $sizes"

run() { # path, seconds, extra wrk args...
  local path=$1 seconds=$2
  shift 2
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --latency "$@" "$base$path"
}
millis() { # wrk latency such as 812.00us, 3.21ms, 1.02s -> ms
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n = n; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

echo "warming up ($WARMUP per endpoint)"
for path in /healthz /status.json /status; do
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H 'Accept-Encoding: gzip' "$base$path" > /dev/null
done

# ROUNDS > 1 interleaves the endpoints (healthz, status.json, status, healthz, ...) so that a neighbour's build
# slows all three alike; each endpoint still gets DURATION in total. Requests/s = all requests / all seconds;
# p99 is the worst round's.
seconds=${DURATION%s}
per_round=$(( seconds / ROUNDS ))
declare -A REQS SECS P99 ERRS
for path in /healthz /status.json /status; do REQS[$path]=0; SECS[$path]=0; P99[$path]=0; ERRS[$path]=0; done
for round in $(seq 1 "$ROUNDS"); do
  for path in /healthz /status.json /status; do
    out=$(run "$path" "$per_round" -H 'Accept-Encoding: gzip')
    n=$(echo "$out" | awk '/requests in/ {print $1}')
    t=$(echo "$out" | awk '/requests in/ {sub(/s,$/, "", $4); print $4}')
    p=$(millis "$(echo "$out" | awk '$1 == "99%" {print $2}')")
    e=$(echo "$out" | awk '/Non-2xx/ {s += $NF} /Socket errors/ {s += $4 + $6 + $8 + $10} END {print s + 0}' | tr -d ,)
    REQS[$path]=$(( ${REQS[$path]} + n ))
    SECS[$path]=$(awk -v a="${SECS[$path]}" -v b="$t" 'BEGIN { print a + b }')
    P99[$path]=$(awk -v a="${P99[$path]}" -v b="$p" 'BEGIN { print (b > a ? b : a) }')
    ERRS[$path]=$(( ${ERRS[$path]} + e ))
    echo "round $round $path: $(awk -v n="$n" -v t="$t" 'BEGIN { printf "%.0f", n / t }') req/s, p99 $p ms, $e errors"
  done
done

plain=$(run /status.json "${PLAIN_SECONDS:-10}")
echo "/status.json without gzip, ${PLAIN_SECONDS:-10} s: $(echo "$plain" | awk '/^Requests\/sec:/ {print $2}') req/s," \
  "p99 $(millis "$(echo "$plain" | awk '$1 == "99%" {print $2}')") ms (for the record)"

declare -A RPS
for path in /healthz /status.json /status; do
  RPS[$path]=$(awk -v n="${REQS[$path]}" -v t="${SECS[$path]}" 'BEGIN { printf "%.0f", n / t }')
done
echo
echo "| endpoint | requests/s | p99 (ms) | share of /healthz | errors |"
echo "|---|---:|---:|---:|---:|"
fail=0
for path in /healthz /status.json /status; do
  share=$(awk -v a="${RPS[$path]}" -v b="${RPS[/healthz]}" 'BEGIN { printf "%.0f %%", 100 * a / b }')
  echo "| \`$path\` | ${RPS[$path]} | ${P99[$path]} | $share | ${ERRS[$path]} |"
done
for path in /status.json /status; do
  awk -v r="${RPS[$path]}" -v p="${P99[$path]}" -v h="${RPS[/healthz]}" -v e="${ERRS[$path]}" \
    'BEGIN { exit !(r >= 15000 && p < 25 && r >= 0.7 * h && e == 0) }' || { echo "$path misses a target" >&2; fail=1; }
done
if [ -n "${RESULTS:-}" ]; then
  {
    for path in /healthz /status.json /status; do
      name=${path#/}
      echo "status.$name.rps=${RPS[$path]}"
      echo "status.$name.p99=${P99[$path]}"
      echo "status.$name.errors=${ERRS[$path]}"
      echo "status.$name.share=$(awk -v a="${RPS[$path]}" -v b="${RPS[/healthz]}" 'BEGIN { printf "%.0f", 100 * a / b }')"
    done
    echo "status.setup=$SYSTEMS systems x $PER_SYSTEM dependencies; wrk -t$THREADS -c$CONNECTIONS, $DURATION per endpoint in $ROUNDS round(s) after $WARMUP of warm-up, Accept-Encoding: gzip"
    echo "status.plain=$(echo "$plain" | awk '/^Requests\/sec:/ {printf "%.0f", $2}') req/s, p99 $(millis "$(echo "$plain" | awk '$1 == "99%" {print $2}')") ms"
    echo "status.load=$(cut -d' ' -f1-3 /proc/loadavg)"
    echo "status.sizes=$sizes"
  } > "$RESULTS"
fi
echo
if [ "$HISTORY" = 1 ]; then
  # What keeping the page current cost while results kept coming: a minute with no requests but the checks', then
  # the snapshot's own minute-by-minute account (rebuilds, their total time, trend reads).
  cpu() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
  ticks=$(getconf CLK_TCK)
  before=$(cpu)
  sleep 60
  after=$(cpu)
  echo "idle minute with $CHECK_INTERVAL-second checks running: Vigil used" \
    "$(awk -v a="$before" -v b="$after" -v t="$ticks" 'BEGIN { printf "%.1f", 100 * (b - a) / t / 60 }') % of one core"
  grep 'status snapshot:' "$work/server.err" | tail -n 4 | sed 's/^.*status snapshot:/snapshot:/'
fi
echo "machine: $(nproc) cores, $(uname -sr), $(java -version 2>&1 | head -1)"
echo "command: wrk -t$THREADS -c$CONNECTIONS, $DURATION per endpoint in $ROUNDS round(s), Accept-Encoding: gzip"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
exit "$fail"
