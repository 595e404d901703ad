#!/usr/bin/env bash
# How long the import of the four bundled samples takes: runs the import command RUNS times,
# each in a fresh JVM against a fresh in-memory H2 database, and writes the times the command
# reports for the import itself (reading, parsing, storing; JVM and Spring start-up excluded)
# plus the whole process time to bench/results/import-samples.txt.
#
#   bench/import-samples.sh [RUNS]     (build first: ./mvnw -B -DskipTests package)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
RUNS="${1:-5}"
JAR=backend/target/kommunkollen.jar
OUT=bench/results/import-samples.txt
[[ -f "$JAR" ]] || { echo "build first: ./mvnw -B -DskipTests package" >&2; exit 2; }

{
  echo "# Import of samples/*.txt ($(ls samples/*.txt | wc -l) files, $(cat samples/*.txt | wc -c) bytes)"
  echo "# $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -1)"
  echo "# run  import_ms  process_ms"
} > "$OUT"
for run in $(seq 1 "$RUNS"); do
  start=$(date +%s%N)
  line=$(java -jar "$JAR" import samples/*.txt --spring.datasource.url="jdbc:h2:mem:bench$run" \
    --logging.level.root=WARN | grep -E "files imported in")
  end=$(date +%s%N)
  import_ms=$(sed -E 's/.* in ([0-9]+) ms/\1/' <<<"$line")
  echo "$run  $import_ms  $(( (end - start) / 1000000 ))" | tee -a "$OUT"
done
awk '!/^#/ {print $2}' "$OUT" | sort -n | awk '{a[NR]=$1} END {print "# median import_ms: " a[int((NR+1)/2)]}' | tee -a "$OUT"
