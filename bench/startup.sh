#!/usr/bin/env bash
# Issue 10: how soon the server answers after it is started, with and without class-data
# sharing (CDS), on the embedded H2 database holding the four samples.
#
#   ./mvnw -B -DskipTests -DskipE2e package && bench/startup.sh
#
# Three ways to start the same build, interleaved, RUNS times each:
#   jar        java -jar backend/target/kommunkollen.jar (the README's command)
#   extracted  the jar unpacked by Spring Boot's `-Djarmode=tools extract` (classes and
#              libraries as plain files, no nested-jar lookups)
#   cds        the unpacked jar with a CDS archive written by one training run
#              (-XX:ArchiveClassesAtExit, -Dspring.context.exit=onRefresh)
# For each start: milliseconds from the process's start to the first answer of
# `{ municipalities { id } }`, Spring's own "Started … in" figure, the process's CPU time at
# that moment and its resident memory. The samples are imported into a private H2 file once,
# before the runs. Results: bench/results/startup-<date>.md.
#
# Environment (defaults): RUNS=5, JAVA_OPTS as bench/nested-reads.sh, KK_JAR, BENCH_PORT=19500,
# OUT= results file.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

KK_JAR="${KK_JAR:-backend/target/kommunkollen.jar}"
RUNS="${RUNS:-5}"
JAVA_OPTS="${JAVA_OPTS:--Xmx256m -Xss512k -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -XX:MaxMetaspaceSize=192m}"
read -r -a JVM <<<"$JAVA_OPTS"
[[ -f "$KK_JAR" ]] || { echo "build first: ./mvnw -B -DskipTests -DskipE2e package (or set KK_JAR)" >&2; exit 2; }

TMP=$(mktemp -d /tmp/kk-startup.XXXXXX)
SERVER=""
cleanup() {
  local status=$?
  [[ -n "$SERVER" ]] && kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null
  rm -rf "$TMP"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
log() { echo "== $*" >&2; }
free_port() { local p=$1; while (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$((p + 1)); done; echo "$p"; }
PORT=$(free_port "${BENCH_PORT:-19500}")
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
DB="jdbc:h2:file:$TMP/db/kommunkollen"
APP_ARGS=("--spring.datasource.url=$DB" "--server.port=$PORT" "--management.server.port=0"
  "--kommunkollen.rate-limit.enabled=false" "--logging.level.root=WARN"
  "--logging.level.se.kommunkollen.KommunkollenApplication=INFO")

log "importing the samples into a private H2 file"
java "${JVM[@]}" -jar "$KK_JAR" import samples/*.txt "--spring.datasource.url=$DB" --logging.level.root=WARN \
  >"$TMP/import.log" 2>&1 || { cat "$TMP/import.log" >&2; exit 2; }

log "extracting the jar and writing a CDS archive (one training run)"
java -Djarmode=tools -jar "$KK_JAR" extract --destination "$TMP/app" >/dev/null
APP_JAR="$TMP/app/$(basename "$KK_JAR")"
java "${JVM[@]}" -XX:ArchiveClassesAtExit="$TMP/app.jsa" -Dspring.context.exit=onRefresh -jar "$APP_JAR" \
  "${APP_ARGS[@]}" >"$TMP/training.log" 2>&1 || { cat "$TMP/training.log" >&2; exit 2; }
[[ -s "$TMP/app.jsa" ]] || { echo "no CDS archive written" >&2; cat "$TMP/training.log" >&2; exit 2; }

QUERY='{"query":"{ municipalities { id } }"}'
# one start: prints "ms_to_first_answer started_s cpu_s rss_mb"
start_once() { # variant
  local variant=$1 cmd
  case $variant in
    jar) cmd=(java "${JVM[@]}" -jar "$KK_JAR") ;;
    extracted) cmd=(java "${JVM[@]}" -jar "$APP_JAR") ;;
    cds) cmd=(java "${JVM[@]}" -XX:SharedArchiveFile="$TMP/app.jsa" -Xshare:auto -jar "$APP_JAR") ;;
  esac
  local began; began=$(date +%s%N)
  "${cmd[@]}" "${APP_ARGS[@]}" >"$TMP/$variant.log" 2>&1 &
  SERVER=$!
  until curl -fs -o /dev/null -H 'Content-Type: application/json' -d "$QUERY" "http://127.0.0.1:$PORT/graphql"; do
    kill -0 "$SERVER" 2>/dev/null || { cat "$TMP/$variant.log" >&2; exit 2; }
    sleep 0.05
  done
  local answered; answered=$(date +%s%N)
  local ticks; ticks=$(awk '{print $14 + $15}' "/proc/$SERVER/stat")
  local rss; rss=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$SERVER/status")
  kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=""
  local started; started=$(grep -oE 'Started [A-Za-z]+ in [0-9.]+ seconds' "$TMP/$variant.log" | grep -oE '[0-9.]+ seconds' | cut -d' ' -f1 || true)
  echo "$(( (answered - began) / 1000000 )) ${started:-?} $(awk -v t="$ticks" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.1f", t / hz}') $rss"
}

VARIANTS=(jar extracted cds)
declare -A RESULTS
for ((run = 1; run <= RUNS; run++)); do
  for variant in "${VARIANTS[@]}"; do
    RESULTS[$variant]+="$(start_once "$variant")"$'\n'
    log "run $run $variant: $(tail -n 2 <<<"${RESULTS[$variant]}" | head -n 1)"
  done
done

median() { sort -n | awk '{a[NR] = $1} END {if (NR % 2) print a[(NR + 1) / 2]; else printf "%.1f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
column_median() { awk -v c="$2" 'NF {print $c}' <<<"${RESULTS[$1]}" | median; }

OUT="${OUT:-bench/results/startup-$(date -u +%F).md}"
{
  echo "# Start-up: time to the first answer, with and without class-data sharing (issue 10)"
  echo
  echo "- date: $(date -u +%FT%H:%MZ); $RUNS interleaved starts of each; medians"
  echo "- machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo), $(uname -sr); load average before: $LOAD_START, after: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "- $(java -version 2>&1 | head -n 1); flags: \`$JAVA_OPTS\`; H2 file database with the four samples"
  echo "- CDS archive: $(du -h "$TMP/app.jsa" | cut -f1), written by one training run that stops after the context has started"
  echo "- rerun: \`bench/startup.sh\` (RUNS=$RUNS)"
  echo
  echo "| start | first answer ms | Spring's \"Started in\" s | CPU s at first answer | RSS MB at first answer |"
  echo "|---|---:|---:|---:|---:|"
  for variant in "${VARIANTS[@]}"; do
    echo "| $variant | $(column_median "$variant" 1) | $(column_median "$variant" 2) | $(column_median "$variant" 3) | $(column_median "$variant" 4) |"
  done
  echo
  echo "Every start (first answer ms, started s, CPU s, RSS MB):"
  echo
  for variant in "${VARIANTS[@]}"; do
    echo "- $variant: $(awk 'NF {printf "%s%s/%s/%s/%s", sep, $1, $2, $3, $4; sep = ", "}' <<<"${RESULTS[$variant]}")"
  done
} >"$OUT"
cat "$OUT"
