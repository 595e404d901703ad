#!/usr/bin/env bash
# Issue 13's scale-out note: requests per second on this machine for W1 ({ municipalities
# { id name } }) and the goals page's query (eskilstuna), sent by autocannon (CONNS
# connections, DURATION seconds per run after a WARMUP-second run), in these setups:
#
#   one          one instance on a PostgreSQL primary (POST)
#   two          two instances on the same primary, no shared state but the database; the
#                connections are split between them (two autocannons at once, figures summed)
#   replica      one instance on the primary with kommunkollen.datasource.replica.url set to
#                a hot standby streaming from it (POST; reads served by the standby)
#   get-304      one instance, GET with the ETag of a first answer in If-None-Match: the 304
#                a browser or CDN revalidating gets (nothing executed)
#
# PostgreSQL is Debian's (/usr/lib/postgresql/N/bin; as root the servers run as postgres),
# a primary and a standby made with pg_basebackup -R, in a temporary directory removed at
# the end. The rate limit is off. Ratios, not absolute figures, are what carries over:
# everything (servers, databases, autocannon) shares this machine's cores.
#
#   bench/scale-out.sh [DURATION_S] [CONNS] [WARMUP_S]      (defaults 15 10 5)
#   build first: ./mvnw -B -DskipTests -DskipE2e package
# Writes bench/results/scale-out.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
DURATION="${1:-15}"; CONNS="${2:-10}"; WARMUP="${3:-5}"
JAR=backend/target/kommunkollen.jar
OUT="${OUT:-bench/results/scale-out.md}"
AUTOCANNON="npx -y autocannon@8.0.0"
[[ -f "$JAR" ]] || { echo "build first: ./mvnw -B -DskipTests -DskipE2e package" >&2; exit 2; }
BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[[ -x "$BIN/pg_basebackup" ]] || { echo "needs PostgreSQL's binaries: apt-get install postgresql" >&2; exit 2; }

# Sets PORT to the next free port from BENCH_PORT (default 18800) up, never one given before.
NEXT_PORT=${BENCH_PORT:-18800}
free_port() { while (exec 3<>"/dev/tcp/127.0.0.1/$NEXT_PORT") 2>/dev/null; do NEXT_PORT=$((NEXT_PORT + 1)); done; PORT=$NEXT_PORT; NEXT_PORT=$((NEXT_PORT + 1)); }
as_pg() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }

TMP=$(mktemp -d); PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  for d in standby primary; do [[ -f "$TMP/$d/postmaster.pid" ]] && (cd /tmp && as_pg "$BIN/pg_ctl" -D "$TMP/$d" -m fast -w stop >/dev/null) || true; done
  rm -rf "$TMP"
}
trap cleanup EXIT
[[ $(id -u) == 0 ]] && chown postgres "$TMP"
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)

# --- PostgreSQL: primary and hot standby ---
free_port; PG_PRIMARY=$PORT; free_port; PG_STANDBY=$PORT
opts() { echo "-p $1 -c listen_addresses=127.0.0.1 -c unix_socket_directories=$TMP -c max_connections=100"; }
cd /tmp
as_pg "$BIN/initdb" -D "$TMP/primary" -U postgres --auth=trust -E UTF8 --locale=C >/dev/null
as_pg "$BIN/pg_ctl" -D "$TMP/primary" -l "$TMP/primary.log" -w -o "$(opts "$PG_PRIMARY") -c wal_level=replica" start >/dev/null
as_pg "$BIN/psql" -h 127.0.0.1 -p "$PG_PRIMARY" -U postgres -qc "CREATE DATABASE kommunkollen"
as_pg "$BIN/pg_basebackup" -h 127.0.0.1 -p "$PG_PRIMARY" -U postgres -D "$TMP/standby" -R -X stream
as_pg "$BIN/pg_ctl" -D "$TMP/standby" -l "$TMP/standby.log" -w -o "$(opts "$PG_STANDBY") -c hot_standby=on" start >/dev/null
cd - >/dev/null
PRIMARY_URL="jdbc:postgresql://127.0.0.1:$PG_PRIMARY/kommunkollen"
REPLICA_URL="jdbc:postgresql://127.0.0.1:$PG_STANDBY/kommunkollen"
DB=(--spring.datasource.url="$PRIMARY_URL" --spring.datasource.username=postgres --spring.datasource.password=)

java -jar "$JAR" import samples/*.txt "${DB[@]}" --logging.level.root=WARN > "$TMP/import.log" 2>&1 \
  || { cat "$TMP/import.log" >&2; exit 2; }
node bench/scale-out/bodies.mjs "$TMP"

start_instance() { # name extra-args... ; sets PORT
  local name=$1; shift
  free_port; local port=$PORT
  java -jar "$JAR" --server.port="$port" --management.server.port=0 "${DB[@]}" --kommunkollen.rate-limit.enabled=false \
    --logging.level.root=WARN --logging.level.se.kommunkollen.requests=WARN "$@" > "$TMP/$name.log" 2>&1 &
  PIDS+=($!)
  local pid=$!
  for _ in $(seq 1 240); do
    curl -sf -o /dev/null -H 'content-type: application/json' --data @"$TMP/w1.json" "http://127.0.0.1:$port/graphql" && break
    kill -0 "$pid" 2>/dev/null || { cat "$TMP/$name.log" >&2; exit 2; }
    sleep 1
  done
  PORT=$port
}
stop_instances() { for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done; PIDS=(); }

# Sets ARGS to autocannon's arguments for query on port: POST, or with GET=1 the query's GET
# URL with the ETag of a first answer in If-None-Match (checked to give a 304).
request_args() {
  local query=$1 port=$2
  if [[ -n "${GET:-}" ]]; then
    local url etag
    url="http://127.0.0.1:$port$(cat "$TMP/$query.get")"
    etag=$(curl -sf -D - -o /dev/null "$url" | tr -d '\r' | awk -F': ' 'tolower($1)=="etag" {print $2}')
    [[ -n "$etag" ]] || { echo "no ETag from $url" >&2; exit 2; }
    [[ $(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$url") == 304 ]] || { echo "no 304 from $url" >&2; exit 2; }
    ARGS=(-H "If-None-Match=$etag" "$url")
  else
    ARGS=(-m POST -H 'content-type=application/json' -i "$TMP/$query.json" "http://127.0.0.1:$port/graphql")
  fi
}

# load name query port...: warms every port up, then loads them all at once, CONNS split
load() {
  local name=$1 query=$2; shift 2
  local conns=$(( CONNS / $# )) i=0 port
  LOADERS=()
  for port in "$@"; do request_args "$query" "$port"; $AUTOCANNON -c "$conns" -d "$WARMUP" "${ARGS[@]}" > /dev/null 2>&1; done
  for port in "$@"; do
    request_args "$query" "$port"
    $AUTOCANNON -j -c "$conns" -d "$DURATION" "${ARGS[@]}" > "$TMP/$name-$query-$i.json" 2>/dev/null &
    LOADERS+=($!)
    i=$((i + 1))
  done
  wait "${LOADERS[@]}"
  node -e '
    const fs = require("fs"); const [name, query, dir, n] = process.argv.slice(1);
    let rps = 0, p50 = 0, non2xx = 0, errors = 0;
    for (let i = 0; i < +n; i++) {
      const r = JSON.parse(fs.readFileSync(`${dir}/${name}-${query}-${i}.json`, "utf8"));
      rps += r.requests.average; p50 = Math.max(p50, r.latency.p50); non2xx += r.non2xx; errors += r.errors;
    }
    console.log(JSON.stringify({ name, query, rps: Math.round(rps), p50, non2xx, errors }));
  ' "$name" "$query" "$TMP" "$#" | tee -a "$TMP/results.jsonl" >&2
}

start_instance one; P=$PORT
load one w1 "$P"; load one goals "$P"
GET=1 load get-304 w1 "$P"; GET=1 load get-304 goals "$P"
start_instance two; P2=$PORT
load two w1 "$P" "$P2"; load two goals "$P" "$P2"
stop_instances
start_instance replica --kommunkollen.datasource.replica.url="$REPLICA_URL"; P=$PORT
load replica w1 "$P"; load replica goals "$P"
stop_instances

LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)
node -e '
  const fs = require("fs"); const [file, date, loadStart, loadEnd, cores, duration, conns] = process.argv.slice(1);
  const rows = fs.readFileSync(file, "utf8").trim().split("\n").map((l) => JSON.parse(l));
  const base = Object.fromEntries(rows.filter((r) => r.name === "one").map((r) => [r.query, r.rps]));
  const out = [`# Scale-out (bench/scale-out.sh)`, ``,
    `${date}, ${cores} cores, shared by everything the benchmark starts (load average ${loadStart} at the start, ${loadEnd} at the end);`,
    `${conns} connections, ${duration} s per run. Ratios are to one instance on the primary (POST).`, ``,
    `| setup | query | req/s | ratio | p50 ms | non-2xx (the 304s for get-304) | errors |`, `|---|---|---|---|---|---|---|`];
  for (const r of rows) out.push(`| ${r.name} | ${r.query} | ${r.rps} | ${(r.rps / base[r.query]).toFixed(2)} | ${r.p50} | ${r.non2xx} | ${r.errors} |`);
  fs.writeFileSync(process.argv[9], out.join("\n") + "\n");
' "$TMP/results.jsonl" "$(date -u +%Y-%m-%dT%H:%MZ)" "$LOAD_START" "$LOAD_END" "$(nproc)" "$DURATION" "$CONNS" _ "$OUT"
cat "$OUT"
