#!/usr/bin/env bash
# Issue 10: nested reads, Kommunkollen beside PostGraphile 4.14.1 and a hand-written endpoint,
# on one private PostgreSQL holding the four bundled samples.
#
#   ./mvnw -B -DskipTests -DskipE2e package && bench/nested-reads.sh
#
# Steps: npm ci in bench/ (PostGraphile, autocannon, pg, pinned in bench/package-lock.json);
# a private PostgreSQL in a temporary directory (Debian's binaries, /usr/lib/postgresql/*/bin,
# installed with apt-get when missing and run as root; as user postgres when run as root) with
# pg_stat_statements to count SQL statements per request; the samples imported with the jar's
# import command; then the servers, one after another:
#   kommunkollen  the jar (KK_JAR), postgres profile, rate limit off, max-cost raised for W3 (and
#                 heavy-cost with it, so W3 is not held to the one-thread lane for heavy queries)
#   baseline      a second build (BASELINE_JAR, optional) on its own database, e.g. main vs a branch
#   postgraphile  bench/nested/postgraphile-server.mjs
#   hand-written  bench/HandWritten.java (W2 only): JDK HTTP server + JDBC + Jackson
# and bench/nested/run.mjs: the answer check (the same values from every server, or exit 1),
# warm-up, interleaved autocannon rounds of W1-W4, a fixed-rate run on W2, SQL statements per
# request, CPU per request and resident memory. It writes bench/results/nested-reads-<date>.md.
#
# Environment (defaults):
#   MODE=run          run | check (only the answer check) | serve (start everything, print the
#                     URLs and wait for Ctrl-C)
#   QUICK=1           a smoke run: 1 round of 5 s, warm-ups of at most 15 s (7 minutes in all on
#                     the shared 2-core machine, 3 of them import and start-up)
#   ROUNDS=4 ROUND_S=15 WARMUP_MAX_S=120 FIXED_S=20 FIXED_RATE=200 CONNECTIONS=32
#   WARMUP_WINDOW_S=5 STEADY_WINDOWS=6   warm-up: W2 until 6 windows of 5 s in a row are within
#                     ±10 % of their mean (at most WARMUP_MAX_S)
#   KK_JAR=backend/target/kommunkollen.jar   BASELINE_JAR=   (a second jar, an extra column)
#   VARIANTS="uncached h2"   more columns of the same jar: uncached = on the same PostgreSQL with
#                     the cache of whole answers off (kommunkollen.cache.answers=0), h2 = on an H2
#                     file database holding the same samples (the embedded default), h2-uncached
#                     = an H2 database of its own with the answer cache off; "" = none
#   JAVA_OPTS="-Xmx256m -Xss512k -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=192m"
#                     for every Java process (a small VM's settings)
#   MAX_COST=200000000   kommunkollen.api.max-cost for the run (W3 needs more than the default)
#   BENCH_PORT=19000  first port tried; PGBIN=  PostgreSQL's bin directory; OUT=  results file
#   COUNT_FROM_LOG=1  count SQL statements from PostgreSQL's log (log_statement = all while
#                     counting) instead of pg_stat_statements (the fallback where it is missing)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

MODE="${MODE:-run}"
KK_JAR="${KK_JAR:-backend/target/kommunkollen.jar}"
BASELINE_JAR="${BASELINE_JAR:-}"
JAVA_OPTS="${JAVA_OPTS:--Xmx256m -Xss512k -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=192m}"
MAX_COST="${MAX_COST:-200000000}"
VARIANTS="${VARIANTS-uncached h2}"
export MODE QUICK="${QUICK:-}" JAVA_OPTS MAX_COST
read -r -a JVM <<<"$JAVA_OPTS"

[[ "$MODE" =~ ^(run|check|serve)$ ]] || { echo "MODE must be run, check or serve" >&2; exit 2; }
[[ -f "$KK_JAR" ]] || { echo "build first: ./mvnw -B -DskipTests -DskipE2e package (or set KK_JAR)" >&2; exit 2; }
[[ -z "$BASELINE_JAR" || -f "$BASELINE_JAR" ]] || { echo "BASELINE_JAR $BASELINE_JAR not found" >&2; exit 2; }
for tool in java node npm curl unzip; do
  command -v "$tool" >/dev/null || { echo "$tool is needed" >&2; exit 2; }
done

LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
TMP=$(mktemp -d /tmp/kk-nested.XXXXXX)
chmod 755 "$TMP" # PostgreSQL runs as user postgres when we are root
PIDS=()
PGDATA="$TMP/pg"
PGBIN="${PGBIN:-}"

cleanup() {
  local status=$?
  trap - EXIT INT TERM
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [[ -n "$PGBIN" && -f "$PGDATA/postmaster.pid" ]]; then
    as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$TMP"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

as_pg() { if [[ $EUID -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
free_port() { local p=$1; while (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$((p + 1)); done; echo "$p"; }
log() { echo "== $*" >&2; }
NEXT_PORT="${BENCH_PORT:-19000}"
take_port() { PORT=$(free_port "$NEXT_PORT"); NEXT_PORT=$((PORT + 1)); }

# --- Node packages ---
if [[ ! -f bench/node_modules/.package-lock.json || bench/package-lock.json -nt bench/node_modules/.package-lock.json ]]; then
  log "npm ci in bench/"
  (cd bench && npm ci --no-audit --no-fund --loglevel=error >&2)
fi

# --- PostgreSQL ---
if [[ -z "$PGBIN" ]]; then
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
fi
if [[ -z "$PGBIN" || ! -x "$PGBIN/initdb" ]]; then
  if [[ $EUID -eq 0 ]] && command -v apt-get >/dev/null; then
    log "PostgreSQL not found: installing Debian's postgresql with apt-get (no system cluster)"
    mkdir -p /etc/postgresql-common
    grep -qs 'create_main_cluster' /etc/postgresql-common/createcluster.conf ||
      echo 'create_main_cluster = false' >>/etc/postgresql-common/createcluster.conf
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
    PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
  else
    echo "PostgreSQL's binaries are needed (apt-get install postgresql, or PGBIN=/path/to/bin)" >&2
    exit 2
  fi
fi
if [[ $EUID -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
  echo "running as root needs a user postgres (PostgreSQL refuses to run as root)" >&2; exit 2
fi
mkdir "$PGDATA"
[[ $EUID -eq 0 ]] && chown postgres "$PGDATA"
as_pg "$PGBIN/initdb" -D "$PGDATA" -U kommunkollen --auth=trust -E UTF8 --locale=C >"$TMP/initdb.log" 2>&1 ||
  { cat "$TMP/initdb.log" >&2; exit 2; }
take_port; PGPORT=$PORT
PG_OPTS="-p $PGPORT -k $PGDATA -c listen_addresses=127.0.0.1 -c max_connections=100"
STATS=log
if [[ "${COUNT_FROM_LOG:-}" != 1 && -f "$("$PGBIN/pg_config" --pkglibdir)/pg_stat_statements.so" ]]; then
  STATS=pg_stat_statements
  PG_OPTS+=" -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=top"
fi
as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -o "$PG_OPTS" start >/dev/null
PSQL=("$PGBIN/psql" -h 127.0.0.1 -p "$PGPORT" -U kommunkollen -v ON_ERROR_STOP=1 -qAt)
PG_VERSION=$("${PSQL[@]}" -d postgres -c 'SHOW server_version')
log "PostgreSQL $PG_VERSION on port $PGPORT (statement counts: $STATS)"
[[ $STATS == pg_stat_statements ]] && "${PSQL[@]}" -d postgres -c 'CREATE EXTENSION pg_stat_statements'

prepare_database() { # database jar
  local db=$1 jar=$2
  "${PSQL[@]}" -d postgres -c "CREATE DATABASE $db"
  log "importing samples/*.txt into $db with $jar"
  java "${JVM[@]}" -jar "$jar" import samples/*.txt --spring.profiles.active=postgres \
    "--spring.datasource.url=jdbc:postgresql://127.0.0.1:$PGPORT/$db" --spring.datasource.username=kommunkollen \
    --logging.level.root=WARN >"$TMP/import-$db.log" 2>&1 || { cat "$TMP/import-$db.log" >&2; exit 2; }
  grep -E "files imported in" "$TMP/import-$db.log" >&2 || true
  # PostGraphile's `municipalities` (only those with reports, by name, as Kommunkollen's).
  "${PSQL[@]}" -d "$db" <<'SQL'
CREATE SCHEMA bench_pg;
CREATE FUNCTION bench_pg.municipalities_with_reports() RETURNS SETOF public.municipality
  LANGUAGE sql STABLE AS $$
    SELECT m.* FROM public.municipality m
    WHERE EXISTS (SELECT 1 FROM public.report r WHERE r.municipality_id = m.id) ORDER BY m.name
  $$;
ANALYZE;
SQL
}
prepare_database kommunkollen "$KK_JAR"
[[ -n "$BASELINE_JAR" ]] && prepare_database kommunkollen_baseline "$BASELINE_JAR"

# --- Servers ---
echo '[]' >"$TMP/servers.json"
start_server() { # name kind database ready-body command... ({PORT} in the command is the port)
  local name=$1 kind=$2 db=$3 ready=$4; shift 4
  take_port
  local port=$PORT url="http://127.0.0.1:$PORT/graphql" started ready_at pid args=()
  for arg in "$@"; do args+=("${arg//\{PORT\}/$port}"); done
  started=$(date +%s%3N)
  "${args[@]}" >"$TMP/$name.log" 2>&1 &
  pid=$!
  PIDS+=("$pid")
  until curl -sf -o /dev/null -H 'content-type: application/json' -d "$ready" "$url"; do
    kill -0 "$pid" 2>/dev/null || { echo "$name stopped:" >&2; tail -40 "$TMP/$name.log" >&2; exit 2; }
    (( $(date +%s%3N) - started < 180000 )) || { echo "$name did not answer within 180 s" >&2; exit 2; }
    sleep 0.1
  done
  ready_at=$(date +%s%3N)
  log "$name on $url (pid $pid), answering $(( ready_at - started )) ms after start"
  node -e '
    const fs = require("fs"); const [file, name, kind, db, url, pid, started, ready] = process.argv.slice(1);
    const list = JSON.parse(fs.readFileSync(file, "utf8"));
    list.push({ name, kind, database: db, url, pid: Number(pid), startedMs: Number(started), readyMs: Number(ready) });
    fs.writeFileSync(file, JSON.stringify(list, null, 2));' "$TMP/servers.json" "$name" "$kind" "$db" "$url" "$pid" "$started" "$ready_at"
}
jdbc() { echo "jdbc:postgresql://127.0.0.1:$PGPORT/$1"; }
KK_ARGS=(--server.port={PORT} --management.server.port=0 "--kommunkollen.api.max-cost=$MAX_COST"
  "--kommunkollen.api.heavy-cost=$MAX_COST" --kommunkollen.rate-limit.enabled=false --logging.level.root=WARN)
start_kommunkollen() { # name jar database [more arguments]
  local name=$1 jar=$2 db=$3; shift 3
  start_server "$name" kommunkollen "$db" '{"query":"{ municipalities { id } }"}' \
    java "${JVM[@]}" -jar "$jar" "${KK_ARGS[@]}" --spring.profiles.active=postgres \
    "--spring.datasource.url=$(jdbc "$db")" --spring.datasource.username=kommunkollen "$@"
}
start_kommunkollen kommunkollen "$KK_JAR" kommunkollen
[[ -n "$BASELINE_JAR" ]] && start_kommunkollen baseline "$BASELINE_JAR" kommunkollen_baseline
h2_database() { # directory: an H2 file database there holding the samples; prints its URL
  local url="jdbc:h2:file:$1/kommunkollen"
  log "importing samples/*.txt into H2 ($url)"
  java "${JVM[@]}" -jar "$KK_JAR" import samples/*.txt "--spring.datasource.url=$url" \
    --logging.level.root=WARN >"$1.log" 2>&1 || { cat "$1.log" >&2; exit 2; }
  echo "$url"
}
for variant in $VARIANTS; do
  case "$variant" in
    uncached) # the same jar and database without the cache of whole answers
      start_kommunkollen kommunkollen-uncached "$KK_JAR" kommunkollen --kommunkollen.cache.answers=0 ;;
    h2) # the embedded default: an H2 file database holding the same samples
      url=$(h2_database "$TMP/h2") || exit 2
      start_server kommunkollen-h2 kommunkollen "" '{"query":"{ municipalities { id } }"}' \
        java "${JVM[@]}" -jar "$KK_JAR" "${KK_ARGS[@]}" "--spring.datasource.url=$url" ;;
    h2-uncached)
      url=$(h2_database "$TMP/h2-uncached") || exit 2
      start_server kommunkollen-h2-uncached kommunkollen "" '{"query":"{ municipalities { id } }"}' \
        java "${JVM[@]}" -jar "$KK_JAR" "${KK_ARGS[@]}" "--spring.datasource.url=$url" --kommunkollen.cache.answers=0 ;;
    *) echo "unknown variant $variant (uncached, h2, h2-uncached)" >&2; exit 2 ;;
  esac
done
start_server postgraphile postgraphile kommunkollen '{"query":"{ municipalitiesWithReportsList { id } }"}' \
  node bench/nested/postgraphile-server.mjs {PORT} "postgres://kommunkollen@127.0.0.1:$PGPORT/kommunkollen"

# The hand-written endpoint uses the Jackson and PostgreSQL driver versions the jar bundles,
# from the local Maven repository (the build put them there), else taken out of the jar.
HW_CP=()
while read -r lib; do
  file=${lib##*/}; base=${file%.jar}; version=${base##*-}; artifact=${base%-*}
  case "$artifact:$version" in
    jackson-core:3* | jackson-databind:3*) m2="tools/jackson/core/$artifact/$version/$file" ;;
    jackson-annotations:*) m2="com/fasterxml/jackson/core/$artifact/$version/$file" ;;
    postgresql:*) m2="org/postgresql/postgresql/$version/$file" ;;
    *) continue ;;
  esac
  if [[ -f "$HOME/.m2/repository/$m2" ]]; then
    HW_CP+=("$HOME/.m2/repository/$m2")
  else
    unzip -q -o -j "$KK_JAR" "$lib" -d "$TMP/lib" && HW_CP+=("$TMP/lib/$file")
  fi
done < <(unzip -Z1 "$KK_JAR" | grep -E '^BOOT-INF/lib/(jackson-(core|databind|annotations)|postgresql)-[0-9][^/]*\.jar$')
(( ${#HW_CP[@]} == 4 )) || { echo "Jackson 3 and the PostgreSQL driver not found in $KK_JAR: ${HW_CP[*]}" >&2; exit 2; }
start_server hand-written hand-written kommunkollen '{"variables":{"id":"enkoping"}}' \
  java "${JVM[@]}" -cp "$(IFS=:; echo "${HW_CP[*]}")" bench/HandWritten.java {PORT} \
  "$(jdbc kommunkollen)?user=kommunkollen" 10

if [[ "$MODE" == serve ]]; then
  log "serving (Ctrl-C stops everything); PostgreSQL: ${PSQL[*]} -d kommunkollen"
  node -e 'for (const s of require(process.argv[1])) console.log(`${s.name.padEnd(14)} ${s.url}`)' "$TMP/servers.json"
  sleep infinity &
  PIDS+=("$!")
  wait "$!"
fi

export BENCH_SERVERS="$TMP/servers.json" BENCH_PG="postgres://kommunkollen@127.0.0.1:$PGPORT/postgres" \
  BENCH_STATS="$STATS" BENCH_PG_LOG="$PGDATA/server.log" BENCH_PG_VERSION="$PG_VERSION" BENCH_LOAD_START="$LOAD_START"
# In the background and waited for, so that a signal to this script runs the cleanup at once.
node bench/nested/run.mjs &
PIDS+=("$!")
wait "$!"
log "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
