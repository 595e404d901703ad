// Driver of bench/nested-reads.sh (which starts PostgreSQL and the servers and sets the
// BENCH_* variables): the answer check, warm-up, interleaved rounds, the fixed-rate run, SQL
// statements per request, CPU and memory, and the results file.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import { execSync } from 'node:child_process';
import autocannon from 'autocannon';
import pg from 'pg';
import { WORKLOADS, W2, W3, summary, firstDifference } from './workloads.mjs';

const env = process.env;
const quick = env.QUICK === '1';
const num = (name, full, smoke) => Number(env[name] ?? (quick ? smoke : full));
const cfg = {
  mode: env.MODE || 'run',
  rounds: num('ROUNDS', 4, 1),
  roundS: num('ROUND_S', 15, 5),
  warmupMaxS: num('WARMUP_MAX_S', 120, 15),
  windowS: num('WARMUP_WINDOW_S', 5, 3),
  steadyWindows: num('STEADY_WINDOWS', 6, 3),
  fixedS: num('FIXED_S', 20, 5),
  fixedRate: num('FIXED_RATE', 200, 200),
  connections: num('CONNECTIONS', 32, 32),
  sqlRequests: { W2: num('SQL_REQUESTS_W2', 50, 10), W3: num('SQL_REQUESTS_W3', 10, 3) },
};
const servers = JSON.parse(fs.readFileSync(env.BENCH_SERVERS, 'utf8'));
const ours = servers.find((s) => s.name === 'kommunkollen');
const postgraphile = servers.find((s) => s.kind === 'postgraphile');
const handWritten = servers.find((s) => s.kind === 'hand-written');
const baseline = servers.find((s) => s.name === 'baseline');
const log = (...a) => console.error(...a);
const fmt = (x, d = 0) => (x == null || Number.isNaN(x) ? '–' : x.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d }).replace(/,/g, ' '));
const ratio = (a, b) => (a && b ? `${(a / b).toFixed(2)}×` : '–');
const median = (xs) => {
  const s = xs.filter((x) => x != null && !Number.isNaN(x)).sort((a, b) => a - b);
  if (s.length === 0) return null;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const db = new pg.Client({ connectionString: env.BENCH_PG });
await db.connect();
const goalRow = await (async () => {
  const c = new pg.Client({ connectionString: env.BENCH_PG.replace(/\/postgres$/, '/kommunkollen') });
  await c.connect();
  // W4's goal: the one with most indicators (ties by id), so the answer is not trivially small.
  const r = await c.query(`SELECT g.id, count(*)::int AS n FROM goal g JOIN indicator i ON i.goal_id = g.id
    GROUP BY g.id ORDER BY n DESC, g.id LIMIT 1`);
  await c.end();
  return r.rows[0];
})();
const params = { municipality: 'enkoping', goalId: goalRow.id };

/** Which servers answer a workload: the hand-written endpoint only W2. */
const serversFor = (w) => servers.filter((s) => s.kind !== 'hand-written' || w === W2);
const bodyFor = (w, s) => JSON.stringify(s.kind === 'postgraphile' ? w.pg(params) : w.kk(params));

async function post(server, body) {
  const res = await fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  const text = await res.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    throw new Error(`${server.name}: HTTP ${res.status}, not JSON: ${text.slice(0, 300)}`);
  }
  return { status: res.status, json, bytes: Buffer.byteLength(text) };
}

// --- The check: every server gives the same values ---
async function check() {
  const out = [];
  let failed = false;
  for (const w of WORKLOADS) {
    const answers = {};
    for (const s of serversFor(w)) {
      const { status, json, bytes } = await post(s, bodyFor(w, s));
      if (status !== 200 || json.errors || !json.data) {
        log(`CHECK FAILED: ${w.name} on ${s.name}: HTTP ${status} ${JSON.stringify(json.errors ?? json).slice(0, 600)}`);
        failed = true;
        continue;
      }
      const data = s.kind === 'postgraphile' ? w.fromPostGraphile(json.data) : json.data;
      answers[s.name] = { data, bytes, cost: json.extensions?.cost };
    }
    const ref = answers[ours.name];
    if (!ref) continue;
    const { counts, sum } = summary(ref.data);
    const line = { workload: w.name, counts, sum, bytes: {}, cost: ref.cost, same: [] };
    for (const [name, a] of Object.entries(answers)) {
      line.bytes[name] = a.bytes;
      if (name === ours.name) continue;
      const d = firstDifference(ref.data, a.data, 'data');
      if (d) {
        log(`CHECK FAILED: ${w.name}: ${name} differs from ${ours.name} at ${d}`);
        failed = true;
      } else {
        line.same.push(name);
      }
    }
    log(`check ${w.name}: ${JSON.stringify(counts)} sum ${sum.toFixed(3)}; same values from ${line.same.join(', ') || 'no other server'}; cost ${JSON.stringify(ref.cost)}`);
    out.push(line);
  }
  if (failed) {
    log('The servers do not give the same values: no measurement.');
    process.exit(1);
  }
  return out;
}

// --- Process figures from /proc ---
const ticks = Number(execSync('getconf CLK_TCK').toString().trim());
function cpuSeconds(pid) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / ticks; // utime, stime
}
function memoryMb(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (key) => Number(status.match(new RegExp(`${key}:\\s+(\\d+)`))[1]);
  return { rss: kb('VmRSS') / 1024, hwm: kb('VmHWM') / 1024 };
}

/** One autocannon run; rps counts only 2xx answers. */
async function load(server, w, durationS, extra = {}) {
  const cpu0 = cpuSeconds(server.pid);
  const r = await autocannon({
    url: server.url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: bodyFor(w, server),
    connections: cfg.connections,
    duration: durationS,
    timeout: 30,
    ...extra,
  });
  const cpu = cpuSeconds(server.pid) - cpu0;
  const ok = r['2xx'];
  return {
    server: server.name,
    workload: w.name,
    rps: ok / r.duration,
    p50: ok ? r.latency.p50 : null,
    p99: ok ? r.latency.p99 : null,
    ok,
    other: r.non2xx + r.errors + r.timeouts,
    cpuMsPerRequest: ok ? (cpu * 1000) / ok : null,
  };
}

// --- Keep-alive: how many connections 250 requests one after another need ---
async function keepAliveProbe(server) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const body = bodyFor(server.kind === 'hand-written' ? W2 : WORKLOADS[0], server);
  const sockets = new Set();
  let n = 0;
  for (let i = 0; i < 250; i++) {
    await new Promise((resolve, reject) => {
      const req = http.request(server.url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
        res.resume();
        res.on('end', resolve);
      });
      req.on('socket', (s) => sockets.add(s));
      req.on('error', reject);
      req.end(body);
    });
    n++;
  }
  agent.destroy();
  return { requests: n, connections: sockets.size };
}

// --- Warm-up: W2 under load without pause until the throughput is steady, then the others ---
// One autocannon run, its answers counted per window, so no window starts with fresh
// connections (a request cut off at the end of a run is cancelled, not answered).
async function warmUp(server) {
  const windows = [];
  const t0 = Date.now();
  let steady = null;
  let count = 0;
  let last = t0;
  let instance;
  const done = new Promise((resolve) => {
    instance = autocannon({
      url: server.url,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: bodyFor(W2, server),
      connections: cfg.connections,
      duration: cfg.warmupMaxS,
      timeout: 30,
    }, resolve);
  });
  instance.on('response', (client, statusCode) => {
    if (statusCode >= 200 && statusCode < 300) count++;
  });
  const timer = setInterval(() => {
    const now = Date.now();
    windows.push({ atS: (now - t0) / 1000, rps: count / ((now - last) / 1000) });
    count = 0;
    last = now;
    const recent = windows.slice(-cfg.steadyWindows).map((x) => x.rps);
    const mean = recent.reduce((a, b) => a + b, 0) / recent.length;
    if (recent.length === cfg.steadyWindows && mean > 0 && Math.max(...recent) <= mean * 1.1 && Math.min(...recent) >= mean * 0.9) {
      steady = mean;
      instance.stop();
    }
  }, cfg.windowS * 1000);
  await done;
  clearInterval(timer);
  const tail = windows.slice(-cfg.steadyWindows);
  const final = steady ?? tail.reduce((a, b) => a + b.rps, 0) / Math.max(1, tail.length);
  const reached = windows.find((x) => final > 0 && x.rps >= 0.9 * final);
  const result = {
    server: server.name,
    startupS: (server.readyMs - server.startedMs) / 1000,
    windows: windows.map((x) => Math.round(x.rps)),
    stable: steady != null,
    steadyRps: final,
    loadToNinetyS: reached ? reached.atS : null,
  };
  for (const w of WORKLOADS) {
    if (w !== W2 && serversFor(w).includes(server)) await load(server, w, cfg.windowS);
  }
  log(`warm-up ${server.name}: W2 rps per ${cfg.windowS} s window ${result.windows.join(', ')}; ${result.stable ? 'steady' : 'NOT steady within the cap'} ${Math.round(final)} rps; 90 % after ${result.loadToNinetyS ?? '–'} s of load`);
  return result;
}

// --- SQL statements per request ---
async function sqlPerRequest(server, w, n) {
  const body = bodyFor(w, server);
  await post(server, body);
  if (env.BENCH_STATS === 'pg_stat_statements') {
    await db.query('SELECT pg_stat_statements_reset()');
    for (let i = 0; i < n; i++) await post(server, body);
    const r = await db.query(`SELECT lower(split_part(ltrim(s.query), ' ', 1)) AS command, sum(s.calls)::int AS calls
      FROM pg_stat_statements s JOIN pg_database d ON d.oid = s.dbid WHERE d.datname = $1 GROUP BY 1`, [server.database]);
    return byCommand(r.rows.map((x) => [x.command, x.calls]), n);
  }
  // Without pg_stat_statements: every statement logged for the duration, counted in the log.
  const logFile = env.BENCH_PG_LOG;
  await db.query("ALTER SYSTEM SET log_statement = 'all'");
  await db.query("ALTER SYSTEM SET log_line_prefix = '%d '");
  await db.query('SELECT pg_reload_conf()');
  await new Promise((r) => setTimeout(r, 500));
  const from = fs.statSync(logFile).size;
  for (let i = 0; i < n; i++) await post(server, body);
  await new Promise((r) => setTimeout(r, 500));
  await db.query('ALTER SYSTEM RESET log_statement');
  await db.query('ALTER SYSTEM RESET log_line_prefix');
  await db.query('SELECT pg_reload_conf()');
  const text = fs.readFileSync(logFile, 'utf8').slice(from);
  const counts = new Map();
  for (const m of text.matchAll(new RegExp(`^${server.database} LOG:  (?:statement|execute [^:]*): *(\\w+)`, 'gm'))) {
    counts.set(m[1].toLowerCase(), (counts.get(m[1].toLowerCase()) ?? 0) + 1);
  }
  return byCommand([...counts], n);
}
function byCommand(pairs, n) {
  const per = {};
  let total = 0;
  for (const [command, calls] of pairs) {
    per[command] = (per[command] ?? 0) + calls / n;
    total += calls / n;
  }
  return { total, per };
}

// --- Machine ---
function machine() {
  const sh = (c) => { try { return execSync(c, { stdio: ['ignore', 'pipe', 'pipe'] }).toString().trim(); } catch { return '?'; } };
  return {
    cores: os.cpus().length,
    memGiB: (os.totalmem() / 2 ** 30).toFixed(1),
    cpu: os.cpus()[0]?.model ?? '?',
    java: sh('java -version 2>&1 | head -1'),
    node: process.version,
    postgres: env.BENCH_PG_VERSION,
    kernel: os.release(),
  };
}

// --- Main ---
const checks = await check();
if (cfg.mode === 'check') {
  log('check passed');
  process.exit(0);
}
const started = new Date();
const keepAlive = {};
for (const s of servers) keepAlive[s.name] = await keepAliveProbe(s);
log(`keep-alive: ${Object.entries(keepAlive).map(([k, v]) => `${k} ${v.connections} connection(s) for ${v.requests} requests`).join('; ')}`);

const warm = [];
for (const s of servers) warm.push(await warmUp(s));

const runs = [];
for (let round = 1; round <= cfg.rounds; round++) {
  for (const w of WORKLOADS) {
    const list = serversFor(w);
    const order = list.map((_, i) => list[(i + round - 1) % list.length]); // rotate who goes first
    for (const s of order) {
      const r = await load(s, w, cfg.roundS);
      runs.push({ round, ...r });
      log(`round ${round} ${w.name} ${s.name.padEnd(13)} ${fmt(r.rps, 1).padStart(8)} rps  p50 ${r.p50} ms  p99 ${r.p99} ms${r.other ? `  ${r.other} not 2xx/errors` : ''}`);
    }
  }
}

const fixed = [];
for (const s of serversFor(W2)) {
  const r = await load(s, W2, cfg.fixedS, { overallRate: cfg.fixedRate, ignoreCoordinatedOmission: true });
  fixed.push(r);
  log(`fixed ${cfg.fixedRate}/s W2 ${s.name}: ${fmt(r.rps, 1)} rps p50 ${r.p50} ms p99 ${r.p99} ms`);
}

const sql = [];
for (const w of [W2, W3]) {
  for (const s of serversFor(w).filter((x) => x.database)) { // on the PostgreSQL server
    const r = await sqlPerRequest(s, w, cfg.sqlRequests[w.name]);
    sql.push({ workload: w.name, server: s.name, n: cfg.sqlRequests[w.name], ...r });
    log(`SQL per request ${w.name} ${s.name}: ${r.total.toFixed(2)} ${JSON.stringify(r.per)}`);
  }
}

const memory = Object.fromEntries(servers.map((s) => [s.name, memoryMb(s.pid)]));
const cpuTotal = Object.fromEntries(servers.map((s) => [s.name, cpuSeconds(s.pid)]));
await db.end();
const finished = new Date();

// --- Results file ---
const m = machine();
const names = servers.map((s) => s.name);
const agg = (w, name, key) => median(runs.filter((r) => r.workload === w.name && r.server === name).map((r) => r[key]));
let md = `# Nested reads: Kommunkollen, PostGraphile and a hand-written endpoint (issue 10)\n\n`;
md += `- date: ${started.toISOString().slice(0, 16)}Z, ${Math.round((finished - started) / 60000)} min of measurement${quick ? ' (QUICK=1 smoke run: figures are rough)' : ''}\n`;
md += `- machine: ${m.cores} cores (${m.cpu}), ${m.memGiB} GiB, Linux ${m.kernel}; servers, client and database share the machine (see the load average), so compare ratios, not absolute figures\n`;
md += `- load average (1, 5, 15 min) before: ${env.BENCH_LOAD_START}; after: ${fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')}\n`;
md += `- ${m.java}; node ${m.node}; PostgreSQL ${m.postgres}; PostGraphile 4.14.1; autocannon 8.0.0\n`;
md += `- JVM flags for every Java process: \`${env.JAVA_OPTS}\`; Kommunkollen: \`--spring.profiles.active=postgres --kommunkollen.rate-limit.enabled=false --kommunkollen.api.max-cost=${env.MAX_COST} --kommunkollen.api.heavy-cost=${env.MAX_COST}\`, all else default (Hikari pool 10); PostGraphile: pg pool 10; hand-written: 10 threads, one connection each\n`;
md += `- servers, client and PostgreSQL on the same machine; autocannon ${cfg.connections} connections, keep-alive; ${cfg.rounds} interleaved round(s) of ${cfg.roundS} s per workload and server after the warm-up; medians over the rounds\n`;
md += `- rerun: \`${quick ? 'QUICK=1 ' : ''}bench/nested-reads.sh\` (ROUNDS=${cfg.rounds} ROUND_S=${cfg.roundS} WARMUP_MAX_S=${cfg.warmupMaxS})\n\n`;

md += `## Throughput and latency\n\n`;
md += `| workload | ${names.map((n) => `${n} rps`).join(' | ')} | ours / PostGraphile${handWritten ? ' | ours / hand-written' : ''}${baseline ? ' | ours / baseline' : ''} | ${names.map((n) => `${n} p50 / p99 ms`).join(' | ')} |\n`;
md += `|---|${names.map(() => '---:').join('|')}|---:|${handWritten ? '---:|' : ''}${baseline ? '---:|' : ''}${names.map(() => '---:').join('|')}|\n`;
for (const w of WORKLOADS) {
  const rps = names.map((n) => agg(w, n, 'rps'));
  const cols = rps.map((x) => fmt(x, x != null && x < 100 ? 1 : 0));
  const ms = (x) => fmt(x, x != null && x < 100 ? 1 : 0);
  const lat = names.map((n) => (agg(w, n, 'p50') == null ? '–' : `${ms(agg(w, n, 'p50'))} / ${ms(agg(w, n, 'p99'))}`));
  md += `| ${w.name} | ${cols.join(' | ')} | ${ratio(agg(w, ours.name, 'rps'), agg(w, postgraphile.name, 'rps'))}${handWritten ? ` | ${w === W2 ? ratio(agg(w, ours.name, 'rps'), agg(w, handWritten.name, 'rps')) : '–'}` : ''}${baseline ? ` | ${ratio(agg(w, ours.name, 'rps'), agg(w, baseline.name, 'rps'))}` : ''} | ${lat.join(' | ')} |\n`;
}
const ourServers = servers.filter((s) => s.kind === 'kommunkollen');
const onPostgres = { 'kommunkollen-h2': 'kommunkollen', 'kommunkollen-h2-uncached': 'kommunkollen-uncached' };
if (ourServers.length > 1) {
  md += `\nRatios of each Kommunkollen server (rps): to PostGraphile, to the hand-written endpoint (W2), and of H2 to PostgreSQL (the same settings on the embedded database):\n\n| server | ${WORKLOADS.map((w) => `${w.name} / PostGraphile`).join(' | ')} | W2 / hand-written | ${WORKLOADS.map((w) => `${w.name} H2 / PostgreSQL`).join(' | ')} |\n|---|${WORKLOADS.map(() => '---:').join('|')}|---:|${WORKLOADS.map(() => '---:').join('|')}|\n`;
  for (const s of ourServers) {
    const pgTwin = onPostgres[s.name] && servers.find((x) => x.name === onPostgres[s.name]);
    md += `| ${s.name} | ${WORKLOADS.map((w) => ratio(agg(w, s.name, 'rps'), agg(w, postgraphile.name, 'rps'))).join(' | ')} | ${handWritten ? ratio(agg(W2, s.name, 'rps'), agg(W2, handWritten.name, 'rps')) : '–'} | ${WORKLOADS.map((w) => (pgTwin ? ratio(agg(w, s.name, 'rps'), agg(w, pgTwin.name, 'rps')) : '–')).join(' | ')} |\n`;
  }
  md += `\n\`kommunkollen\` runs with its defaults, among them the cache of whole answers (\`kommunkollen.cache.answers\`): each workload repeats one request, so after its first answer at a data version every later one comes from memory. The \`-uncached\` servers turn that cache off and execute every request (the caches of report parts stay on): what a client sending ever new queries gets.\n`;
}
const notOk = runs.filter((r) => r.other > 0);
const none = runs.filter((r) => r.ok === 0);
md += `\n${notOk.length ? `Answers other than 2xx or errors: ${notOk.map((r) => `${r.workload} ${r.server} round ${r.round}: ${r.other}`).join('; ')}.` : 'Every answer of every run was 2xx.'}${none.length ? ` No answer at all within the run (every request slower than the run): ${none.map((r) => `${r.workload} ${r.server} round ${r.round}`).join('; ')}.` : ''}\n\n`;
md += `Per round (rps):\n\n| round | ${WORKLOADS.flatMap((w) => serversFor(w).map((s) => `${w.name} ${s.name}`)).join(' | ')} |\n|---|${WORKLOADS.flatMap((w) => serversFor(w).map(() => '---:')).join('|')}|\n`;
for (let round = 1; round <= cfg.rounds; round++) {
  md += `| ${round} | ${WORKLOADS.flatMap((w) => serversFor(w).map((s) => fmt(runs.find((r) => r.round === round && r.workload === w.name && r.server === s.name)?.rps, 1))).join(' | ')} |\n`;
}

md += `\n## W2 at a fixed rate of ${cfg.fixedRate} requests/s (${cfg.fixedS} s each, ${cfg.connections} connections)\n\n| server | achieved rps | p50 ms | p99 ms |\n|---|---:|---:|---:|\n`;
for (const r of fixed) md += `| ${r.server} | ${fmt(r.rps, 1)} | ${fmt(r.p50, 1)} | ${fmt(r.p99, 1)} |\n`;
md += `\nLatencies are each request's own, from sending to the whole answer (autocannon's coordinated-omission correction is off: at a fixed rate it assumes 1 ms between requests per connection, where each of the 32 connections sends one every 160 ms). The goal of issue 10 is p99 ≤ 25 ms on an otherwise idle machine; this one was not idle.\n`;

md += `\n## SQL statements per request (${env.BENCH_STATS === 'pg_stat_statements' ? 'pg_stat_statements, calls' : 'PostgreSQL log, log_statement = all'}, requests one after another)\n\n| workload | server | requests | statements per request | by command |\n|---|---|---:|---:|---|\n`;
for (const r of sql) md += `| ${r.workload} | ${r.server} | ${r.n} | ${r.total.toFixed(1)} | ${Object.entries(r.per).sort().map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ')} |\n`;
if (env.BENCH_STATS === 'pg_stat_statements') md += `\npg_stat_statements lists the JDBC driver's BEGIN but not its COMMIT; \`COUNT_FROM_LOG=1\` counts from PostgreSQL's log instead, COMMIT included.\n`;

md += `\n## CPU per request (server process, median over the rounds, ms)\n\nUser and system CPU of the whole server process (/proc/PID/stat) during a run, divided by the requests answered in it: for the JVMs this includes garbage collection and JIT compilation.\n\n| workload | ${names.join(' | ')} |\n|---|${names.map(() => '---:').join('|')}|\n`;
for (const w of WORKLOADS) md += `| ${w.name} | ${names.map((n) => fmt(agg(w, n, 'cpuMsPerRequest'), 2)).join(' | ')} |\n`;

md += `\n## Start, warm-up, memory\n\n| server | answering after start | W2 rps per ${cfg.windowS} s warm-up window | steady W2 rps | load until 90 % of steady | start to steady | CPU s in total | RSS after the run | peak RSS | connections for 250 keep-alive requests |\n|---|---:|---|---:|---:|---:|---:|---:|---:|---:|\n`;
for (const wu of warm) {
  const mem = memory[wu.server];
  md += `| ${wu.server} | ${wu.startupS.toFixed(1)} s | ${wu.windows.join(', ')} | ${fmt(wu.steadyRps)}${wu.stable ? '' : ' (not steady within the cap)'} | ${wu.loadToNinetyS == null ? '–' : `${wu.loadToNinetyS.toFixed(0)} s`} | ${wu.loadToNinetyS == null ? '–' : `${(wu.startupS + wu.loadToNinetyS).toFixed(0)} s`} | ${cpuTotal[wu.server].toFixed(0)} | ${fmt(mem.rss)} MB | ${fmt(mem.hwm)} MB | ${keepAlive[wu.server].connections} |\n`;
}
md += `\nTime from start to steady throughput = answering after start + load until 90 % of the steady W2 throughput (windows of ${cfg.windowS} s under ${cfg.connections} connections for at most ${cfg.warmupMaxS} s; steady when ${cfg.steadyWindows} windows in a row are within ±10 % of their mean; where that never happens, the mean of the last ${cfg.steadyWindows} windows is taken). The warm-ups run one server after another.\n`;
const churn = Object.entries(keepAlive).filter(([, v]) => v.connections > 1);
if (churn.length) md += `\nConnection churn: ${churn.map(([k, v]) => `${k} closed its keep-alive connection so that ${v.requests} requests one after another needed ${v.connections} connections`).join('; ')} (Tomcat's default \`maxKeepAliveRequests\` is 100; left as it is).\n`;

md += `\n## The workloads and the check\n\nBefore measuring, every server's answer to each workload was compared with Kommunkollen's, value by value in the same order (PostGraphile's answer reshaped by \`bench/nested/workloads.mjs\`; amounts compared as numbers).\n\n| workload | what | items per list field | sum of all numbers | bytes (${names.join(', ')}) | cost | same values from |\n|---|---|---|---:|---|---:|---|\n`;
const wl = Object.fromEntries(WORKLOADS.map((w) => [w.name, w]));
for (const c of checks) {
  md += `| ${c.workload} | ${wl[c.workload].title}${c.workload === 'W4' ? ` (\`${params.goalId}\`, ${goalRow.n} indicators)` : ''}${c.workload === 'W2' ? ` (\`${params.municipality}\`)` : ''} | ${Object.entries(c.counts).filter(([k]) => k !== 'data').map(([k, v]) => `${k} ${v}`).join(', ')} | ${c.sum.toFixed(2)} | ${names.map((n) => c.bytes[n] ?? '–').join(', ')} | ${c.cost ? fmt(c.cost.requested) : '–'} | ${c.same.join(', ')} |\n`;
}
md += `\nThe queries are in \`bench/nested/workloads.mjs\`.\n`;

const date = started.toISOString().slice(0, 10);
const out = env.OUT || `bench/results/nested-reads-${date}${quick ? '-quick' : ''}.md`;
fs.writeFileSync(out, md);
log(`wrote ${out}`);
const index = 'bench/results/README.md';
if (!quick && fs.existsSync(index)) {
  const text = fs.readFileSync(index, 'utf8');
  const file = out.replace(/^bench\/results\//, '');
  if (!text.includes(`(${file})`)) fs.appendFileSync(index, `- [${file}](${file}): nested reads (issue 10), ${started.toISOString().slice(0, 16)}Z${quick ? ', QUICK=1 smoke run' : ''}\n`);
}
