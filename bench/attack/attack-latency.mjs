// Latency of a normal query with and without 8 attacking clients (issue 9: "a normal query
// stays under 2x its usual latency while 8 clients send the fan-out and fragment queries").
// Called by bench/attack-latency.sh; prints one JSON object on stdout. Built-in fetch only.
import { readFileSync } from 'node:fs';

const [url, warmupS, phaseS, rounds, normalIntervalMs, forwardFor, attackKinds] = process.argv.slice(2);
const WARMUP = Number(warmupS) * 1000;
const PHASE = Number(phaseS) * 1000;
const ROUNDS = Number(rounds);
const INTERVAL = Number(normalIntervalMs);
// With a trusted proxy configured, each client sends its own X-Forwarded-For so it gets its
// own rate-limit bucket; otherwise all share 127.0.0.1's.
const FORWARD = forwardFor === 'yes';

const page = readFileSync(new URL('../../frontend-static/js/page-mal.js', import.meta.url), 'utf8');
const NORMAL = await interpolated(page.match(/const QUERY = `([\s\S]*?)`;/)[1], page);

/** The page's query template with each ${NAME} replaced by the string the page imports as NAME. */
async function interpolated(template, source) {
  const used = new Set([...template.matchAll(/\$\{(\w+)\}/g)].map(([, name]) => name));
  const imported = {};
  for (const [, names, from] of source.matchAll(/import \{([^}]*)\} from '(\.\/[^']+)';/g)) {
    const wanted = names.split(',').map((n) => n.trim()).filter((name) => used.has(name));
    if (!wanted.length) continue;
    const module = await import(new URL(`../../frontend-static/js/${from.slice(2)}`, import.meta.url));
    for (const name of wanted) imported[name] = module[name];
  }
  return template.replace(/\$\{(\w+)\}/g, (_, name) => {
    if (typeof imported[name] !== 'string') throw new Error(`page-mal.js's query uses \${${name}}, which is not a string it imports`);
    return imported[name];
  });
}

const FANOUT = '{ reports { goals { report { goals { report { goals { report { goals { report { goals { report { id } } } } } } } } } } } }';
const lines = Array.from({ length: 20 }, (_, i) => `l${i}: sourceLines(from: 1, to: 500) { number text }`).join(' ');
const aliases = Array.from({ length: 40 }, (_, i) => `r${i}: reports { ...F }`).join(' ');
const FRAGMENT = `query { ${aliases} } fragment F on Report { ${lines} }`;
// Legal but heavy: the goals page's selection plus 500 source lines (with their text, 10
// each) per report, under 6 aliases (just under the cost limit of 500000; its cost is in the
// results).
const PAGE_SELECTION = NORMAL.slice(NORMAL.indexOf('{', NORMAL.indexOf('municipality(')), NORMAL.lastIndexOf('}'))
  .replace('reports {', 'reports { sourceLines(from: 1, to: 500) { number text }');
const HEAVY = 'query { ' + Array.from({ length: 6 }, (_, i) => `m${i}: municipality(id: "eskilstuna") ${PAGE_SELECTION}`).join(' ') + ' }';

async function post(query, variables, client) {
  const headers = { 'content-type': 'application/json' };
  if (FORWARD) headers['x-forwarded-for'] = client;
  const start = performance.now();
  let status = 0; let code = 'OK'; let cost = null;
  try {
    const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    status = res.status;
    const text = await res.text();
    try {
      const body = JSON.parse(text);
      if (body.errors?.length) code = body.errors[0].extensions?.code || body.errors[0].extensions?.classification || 'ERROR';
      cost = body.extensions?.cost == null ? null : JSON.stringify(body.extensions.cost);
    } catch { code = 'NOT_JSON'; }
  } catch (e) { code = 'NETWORK:' + (e.cause?.code || e.name); }
  return { ms: performance.now() - start, status, code, cost };
}

const pct = (sorted, p) => sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)] : NaN;
function stats(samples) {
  const ok = samples.filter((s) => s.status === 200 && s.code === 'OK').map((s) => s.ms).sort((a, b) => a - b);
  const codes = {};
  for (const s of samples) { const k = `${s.status} ${s.code}`; codes[k] = (codes[k] || 0) + 1; }
  return { n: samples.length, ok: ok.length, p50: pct(ok, 50), p95: pct(ok, 95), p99: pct(ok, 99), max: ok.at(-1), codes };
}

async function normalFor(ms) {
  const out = []; const end = performance.now() + ms;
  while (performance.now() < end) {
    const t = performance.now();
    out.push(await post(NORMAL, { id: 'eskilstuna' }, '10.0.0.1'));
    const wait = INTERVAL - (performance.now() - t);
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
  }
  return out;
}

// Each attack request differs in one alias, as a real attacker's would: no cache keyed by the
// query's text (answers, parsed documents, cost verdicts) answers it for free.
let variant = 0;
const varied = (query) => query.replace('{', `{ v${++variant}: __typename `);

const attackLog = {};
async function attacker(i, query, name, stop) {
  while (!stop.done) {
    const r = await post(varied(query), undefined, `10.1.0.${i + 1}`);
    const k = `${name}: ${r.status} ${r.code}`;
    const e = (attackLog[k] ||= { count: 0, totalMs: 0 });
    e.count++; e.totalMs += r.ms;
    if (r.status === 429) await new Promise((res) => setTimeout(res, 50)); // don't spin on refusals
  }
}

const probe = {};
for (const [name, q] of [['normal', NORMAL], ['fanout', FANOUT], ['fragments', FRAGMENT], ['heavy', HEAVY]]) {
  const r = await post(q, name === 'normal' ? { id: 'eskilstuna' } : undefined, '10.2.0.1');
  probe[name] = { status: r.status, code: r.code, cost: r.cost, ms: Math.round(r.ms), bytes: q.length };
}
for (const name of ['normal', 'heavy']) {
  if (probe[name].status !== 200 || probe[name].code !== 'OK') {
    throw new Error(`the ${name} query is not answered alone (${probe[name].status} ${probe[name].code}): nothing to measure`);
  }
}

await normalFor(WARMUP);
const phases = [];
const ALL = { fanout: FANOUT, fragments: FRAGMENT, heavy: HEAVY };
const kinds = attackKinds.split(',').map((k) => [k, ALL[k]]);
for (let round = 1; round <= ROUNDS; round++) {
  phases.push({ round, phase: 'baseline', ...stats(await normalFor(PHASE)) });
  const stop = { done: false };
  const attackers = Array.from({ length: 8 }, (_, i) => attacker(i, kinds[i % kinds.length][1], kinds[i % kinds.length][0], stop));
  const normal = await normalFor(PHASE);
  stop.done = true; await Promise.all(attackers);
  phases.push({ round, phase: 'attack', ...stats(normal) });
}
phases.push({ round: ROUNDS + 1, phase: 'baseline', ...stats(await normalFor(PHASE)) });
console.log(JSON.stringify({ probe, phases, attackLog }));
