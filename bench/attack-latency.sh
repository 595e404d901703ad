#!/usr/bin/env bash
# Issue 9's claim: "a normal query stays under 2x its usual latency while 8 clients send the
# fan-out and fragment queries". One client sends the goals page's query (page-mal.js QUERY,
# eskilstuna) one request after another; baseline and attack phases alternate (ROUNDS rounds,
# PHASE seconds each, after WARMUP seconds, plus a closing baseline), and in the attack phases
# 8 clients loop (taking turns by client number) the kinds in ATTACK (default
# "fanout,fragments", the issue's: the fan-out query and 40 aliased reports spreading 20
# sourceLines(1..500)); ATTACK=fanout,fragments,heavy adds a legal but heavy query (6 aliases of eskilstuna's goals page, each report with 500
# source lines, just under the cost limit).
# Ratio = attack-phase p50 / mean p50 of the baselines before and after it.
#
# Two server runs:
#   no-rate-limit  --kommunkollen.rate-limit.enabled=false: the cost limit, cancellation and
#                  execution pool alone; the normal client sends without pause.
#   defaults       rate limit on. All clients come from 127.0.0.1, so they would share one
#                  bucket (300/min): the attackers would use it up and the normal client get
#                  429s. So 127.0.0.1 is made a trusted proxy and every client sends its own
#                  X-Forwarded-For (as behind a reverse proxy), and the normal client paces
#                  itself to one request per NORMAL_INTERVAL_MS (default 250 ms, under the
#                  5/s refill) as a real one-address user would.
#
#   bench/attack-latency.sh [PHASE_S] [ROUNDS] [WARMUP_S]   (defaults 20 3 20)
#   build first: ./mvnw -B -DskipTests -DskipE2e package
# Writes bench/results/attack-latency.md; exits 1 if any run's worst p50 ratio exceeds 2.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
PHASE="${1:-20}"; ROUNDS="${2:-3}"; WARMUP="${3:-20}"
NORMAL_INTERVAL_MS="${NORMAL_INTERVAL_MS:-250}"
ATTACK="${ATTACK:-fanout,fragments}"
JAR=backend/target/kommunkollen.jar
OUT="${OUT:-bench/results/attack-latency.md}"
[[ -f "$JAR" ]] || { echo "build first: ./mvnw -B -DskipTests -DskipE2e package" >&2; exit 2; }

# First free port from BENCH_PORT (default 18700) up.
free_port() { local p=${BENCH_PORT:-18700}; while (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$((p + 1)); done; echo "$p"; }
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
TMP=$(mktemp -d); trap 'rm -rf "$TMP"; [[ -n "${PID:-}" ]] && kill "$PID" 2>/dev/null || true' EXIT

run() { # name interval forward extra-args...
  local name=$1 interval=$2 forward=$3; shift 3
  local port; port=$(free_port)
  java -jar "$JAR" --server.port="$port" --management.server.port=0 "--spring.datasource.url=jdbc:h2:mem:attack;DB_CLOSE_DELAY=-1" \
    --logging.level.root=WARN "$@" > "$TMP/$name.log" 2>&1 &
  PID=$!
  for _ in $(seq 1 180); do
    curl -sf -o /dev/null -H 'content-type: application/json' -d '{"query":"{ municipality(id: \"eskilstuna\") { id } }"}' \
      "http://127.0.0.1:$port/graphql" && break
    kill -0 "$PID" 2>/dev/null || { cat "$TMP/$name.log" >&2; exit 2; }
    sleep 1
  done
  echo "== $name on port $port (pid $PID)" >&2
  node bench/attack/attack-latency.mjs "http://127.0.0.1:$port/graphql" "$WARMUP" "$PHASE" "$ROUNDS" "$interval" "$forward" "$ATTACK" > "$TMP/$name.json"
  local ticks utime stime rss; ticks=$(getconf CLK_TCK)
  read -r utime stime < <(awk '{print $14, $15}' "/proc/$PID/stat")
  rss=$(awk '/VmRSS/ {print $2}' "/proc/$PID/status")
  echo "{\"cpuS\": $(( (utime + stime) / ticks )), \"rssMb\": $(( rss / 1024 ))}" > "$TMP/$name.proc"
  kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
}

run no-rate-limit 0 no --kommunkollen.rate-limit.enabled=false
run defaults "$NORMAL_INTERVAL_MS" yes --kommunkollen.rate-limit.trusted-proxies=127.0.0.1

node - "$TMP" "$OUT" "$LOAD_START" "$PHASE" "$ROUNDS" "$WARMUP" "$NORMAL_INTERVAL_MS" "$ATTACK" <<'JS'
const fs = require('fs'); const os = require('os'); const { execSync } = require('child_process');
const [tmp, out, load, phase, rounds, warmup, interval, attack] = process.argv.slice(2);
const f = (x) => (x == null || Number.isNaN(x) ? '–' : x.toFixed(1));
let md = `# Normal query under attack (issue 9)\n\n`;
md += `- date: ${new Date().toISOString().slice(0, 16)}Z; machine: ${os.cpus().length} cores, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, load average at start ${load} (shared, other builds running)\n`;
md += `- ${execSync('java -version 2>&1 | head -1').toString().trim()}; node ${process.version}\n`;
md += `- phases: ${warmup} s warm-up, then ${rounds} rounds of ${phase} s baseline + ${phase} s attack, and a closing baseline\n`;
md += `- attackers: 8 clients looping ${attack}, each request with an alias of its own (no cache keyed by the query text answers it)\n`;
md += `- rerun: \`ATTACK=${attack} bench/attack-latency.sh ${phase} ${rounds} ${warmup}\`\n\n`;
let worst = 0; const summary = [];
for (const name of ['no-rate-limit', 'defaults']) {
  const r = JSON.parse(fs.readFileSync(`${tmp}/${name}.json`, 'utf8'));
  const proc = JSON.parse(fs.readFileSync(`${tmp}/${name}.proc`, 'utf8'));
  md += `## ${name === 'defaults' ? 'Defaults (rate limit on; clients told apart by X-Forwarded-For from trusted 127.0.0.1; normal client paced ' + interval + ' ms)' : 'Rate limit off (normal client without pause)'}\n\n`;
  md += `What each query gets alone: ` + Object.entries(r.probe).map(([k, v]) => `${k} ${v.status} ${v.code}${v.cost != null ? ' cost ' + v.cost : ''} (${v.bytes} bytes, ${v.ms} ms)`).join('; ') + '\n\n';
  md += `| round | phase | requests | ok | p50 ms | p95 ms | p99 ms | max ms | p50 ratio | other answers |\n|---|---|---|---|---|---|---|---|---|---|\n`;
  const ph = r.phases; let runWorst = 0;
  ph.forEach((p, i) => {
    let ratio = '';
    if (p.phase === 'attack') {
      const base = (ph[i - 1].p50 + ph[i + 1].p50) / 2; const x = p.p50 / base;
      runWorst = Math.max(runWorst, x); ratio = x.toFixed(2) + '×';
    }
    const other = Object.entries(p.codes).filter(([k]) => k !== '200 OK').map(([k, v]) => `${k}: ${v}`).join(', ');
    md += `| ${p.round} | ${p.phase} | ${p.n} | ${p.ok} | ${f(p.p50)} | ${f(p.p95)} | ${f(p.p99)} | ${f(p.max)} | ${ratio} | ${other} |\n`;
  });
  md += `\nWorst p50 ratio: **${runWorst.toFixed(2)}×**. Server at the end: ${proc.cpuS} s CPU, RSS ${proc.rssMb} MB.\n\n`;
  md += `What the attackers received (all attack phases):\n\n| query: status code | count | mean ms |\n|---|---|---|\n`;
  for (const [k, v] of Object.entries(r.attackLog).sort()) md += `| ${k} | ${v.count} | ${(v.totalMs / v.count).toFixed(1)} |\n`;
  md += '\n';
  worst = Math.max(worst, runWorst); summary.push(`${name}: worst p50 ratio ${runWorst.toFixed(2)}x`);
}
fs.writeFileSync(out, md);
console.log(summary.join('; '));
process.exit(worst > 2 ? 1 : 0);
JS
