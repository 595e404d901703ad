// Kommunkollen widgets: custom elements that show a municipality's goals, indicators,
// finances and Kommunkompassen results on any web page. Load once as a module:
//   <script type="module" src="https://…/widgets.js"></script>
//   <kk-goal goal="ID"><a href="…">Fallback text shown without scripts</a></kk-goal>
// Documentation (attributes, custom properties, iframe variant): widget-builder.html.

const SCRIPT_URL = import.meta.url;
const DEFAULT_TIMEOUT = 10000;
// Several widgets of one tick share a request; a cap keeps each request under the API's
// complexity limit.
const BATCH_SIZE = 8;

// ---------------------------------------------------------------- API client

class ApiError extends Error {
	constructor(kind, message) {
		super(message);
		this.kind = kind; // 'network', 'timeout' or 'api'
	}
}

const inFlight = new Map();
const queues = new Map();

// One root field of the GraphQL API. Equal requests share one promise; requests made in
// the same tick against the same API are sent as one document with aliases.
function query(api, timeout, field, args, selection) {
	const key = JSON.stringify([api, timeout, field, args, selection]);
	let promise = inFlight.get(key);
	if (!promise) {
		promise = new Promise((resolve, reject) => {
			const queueKey = api + ' ' + timeout;
			let queue = queues.get(queueKey);
			if (!queue) {
				queues.set(queueKey, (queue = []));
				setTimeout(() => {
					queues.delete(queueKey);
					for (let i = 0; i < queue.length; i += BATCH_SIZE) {
						send(api, timeout, queue.slice(i, i + BATCH_SIZE));
					}
				});
			}
			queue.push({ field, args, selection, resolve, reject });
		});
		inFlight.set(key, promise);
		// A failure is not kept: the next widget (or "Försök igen") asks again.
		promise.catch(() => inFlight.delete(key));
	}
	return promise;
}

function documentFor(items) {
	const declarations = [];
	const variables = {};
	const fields = items.map((item, i) => {
		const args = Object.keys(item.args).map((name) => {
			const [type, value] = item.args[name];
			declarations.push(`$${name}${i}:${type}`);
			variables[name + i] = value;
			return `${name}:$${name}${i}`;
		});
		return `q${i}:${item.field}${args.length ? `(${args})` : ''}${item.selection}`;
	});
	const head = declarations.length ? `(${declarations})` : '';
	return { query: `query KommunkollenWidgets${head}{${fields.join(' ')}}`, variables };
}

async function send(api, timeout, items) {
	let body;
	try {
		body = await loadBatch(api, timeout, documentFor(items));
	}
	catch (error) {
		items.forEach((item) => item.reject(error));
		return;
	}
	const errors = body.errors || [];
	if (!body.data) {
		// The document as a whole was refused (a limit, a validation error): ask one by one
		// so that one widget's problem does not hide the others.
		if (items.length > 1) {
			items.forEach((item) => send(api, timeout, [item]));
		}
		else {
			items[0].reject(new ApiError('api', errors[0] ? errors[0].message : 'Inget svar'));
		}
		return;
	}
	items.forEach((item, i) => {
		const value = body.data['q' + i];
		const error = errors.find((e) => e.path && e.path[0] === 'q' + i);
		if (value == null && error) {
			item.reject(new ApiError('api', error.message));
		}
		else {
			item.resolve(value == null ? null : value);
		}
	});
}

// By GET with only the query's SHA-256 (Apollo's automatic persisted queries) so that
// browsers and CDNs keep the answers; the text goes along when the server does not know the
// hash yet, or when the page has no crypto.subtle (plain http off localhost).
const hashes = new Map();

function sha256(text) {
	const subtle = globalThis.crypto && crypto.subtle;
	if (!subtle) {
		return Promise.resolve(null);
	}
	if (!hashes.has(text)) {
		hashes.set(text, subtle.digest('SHA-256', new TextEncoder().encode(text))
			.then((d) => [...new Uint8Array(d)].map((b) => b.toString(16).padStart(2, '0')).join(''), () => null));
	}
	return hashes.get(text);
}

async function loadBatch(api, timeout, payload) {
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), timeout);
	try {
		const hash = await sha256(payload.query);
		const extensions = hash ? { persistedQuery: { version: 1, sha256Hash: hash } } : undefined;
		let body = hash && await ask(api, { variables: payload.variables, extensions }, controller.signal);
		if (!body || (body.errors || []).some((e) => e.message === 'PersistedQueryNotFound')) {
			body = await ask(api, { ...payload, extensions }, controller.signal);
		}
		return body;
	}
	catch (error) {
		if (error instanceof ApiError) {
			throw error;
		}
		throw new ApiError(controller.signal.aborted ? 'timeout' : 'network', error.message);
	}
	finally {
		clearTimeout(timer);
	}
}

// GET (a simple CORS request, no preflight), or POST when the URL would be too long.
async function ask(api, payload, signal) {
	const url = new URL(api);
	for (const [name, value] of Object.entries(payload)) {
		if (value !== undefined) {
			url.searchParams.set(name, typeof value === 'string' ? value : JSON.stringify(value));
		}
	}
	const get = url.href.length <= 6000;
	// application/json: the "not found" of a new hash is a 200, not an error in the console.
	const accept = 'application/json';
	const response = await fetch(get ? url : api, {
		method: get ? 'GET' : 'POST',
		mode: 'cors',
		credentials: 'omit',
		headers: get ? { accept } : { 'content-type': 'application/json', accept },
		body: get ? undefined : JSON.stringify(payload),
		signal,
	});
	if (!/json/.test(response.headers.get('content-type') || '')) {
		throw new ApiError('network', `HTTP ${response.status}`);
	}
	return response.json();
}

// ---------------------------------------------------------------- formatting

const esc = (value) => String(value == null ? '' : value).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// Decimals as printed ("7,5%" has one), so that 5.9 is shown as "5,9" and 4 as "4".
function decimalsOf(printed, value) {
	const match = /[.,](\d+)\D*$/.exec(printed || String(value));
	return match ? match[1].length : 0;
}

// sv-SE writes a real minus sign (−) and a space as thousands separator.
function formatNumber(value, printed) {
	if (value == null) {
		return printed || '';
	}
	const digits = decimalsOf(printed, value);
	return new Intl.NumberFormat('sv-SE', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

// The words of the shared assessment scale: the same as the site's (js/core.js ASSESSMENTS);
// e2e/tests/vocabulary.test.mjs fails when they differ.
const LEVELS = {
	GOOD: ['Går bra', 'M4.6 8.3l2.3 2.3 4.5-4.9'],
	PARTLY: ['Delvis', ''],
	POOR: ['Brister', 'M5.4 5.4l5.2 5.2m0-5.2l-5.2 5.2'],
	NOT_ASSESSED: ['Inte bedömt', 'M4.8 8h6.4'],
	UNKNOWN: ['Okänt', 'M6.2 6.3a1.9 1.9 0 1 1 2.6 1.7c-.6.3-.8.6-.8 1.2v.4M8 11.4v.3'],
};
export const ASSESSMENT_WORDS = Object.fromEntries(Object.keys(LEVELS).map((level) => [level, LEVELS[level][0]]));
const ASSESSED = ['GOOD', 'PARTLY', 'POOR'];
const AREA_WORDS = { MUNICIPAL_TASK: ['kommunens uppgift', 'kommunens uppgifter'], PROCESS_AREA: ['processområde', 'processområden'], TARGET_AREA: ['målområde', 'målområden'], OTHER: ['område', 'områden'] };
const LEVEL_ORDER = ['GOOD', 'PARTLY', 'POOR', 'NOT_ASSESSED', 'UNKNOWN'];
const TRENDS = { BETTER: '↑ Bättre än föregående period', UNCHANGED: '→ Oförändrad jämfört med föregående period', WORSE: '↓ Sämre än föregående period' };

// Status is shown by shape and text, never by colour alone.
function statusIcon(level) {
	const part = level === 'PARTLY' ? '<path class="kk-fill" d="M8 1.5a6.5 6.5 0 0 1 0 13z"/>' : `<path d="${LEVELS[level][1]}"/>`;
	return `<svg class="kk-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false"><circle cx="8" cy="8" r="6.5"/>${part}</svg>`;
}

function levelOf(assessment) {
	return assessment && LEVELS[assessment.normalized] ? assessment.normalized : 'UNKNOWN';
}

// A horizontal bar of segments [fraction, class]. SVG attributes rather than inline styles,
// so that a host page whose Content-Security-Policy forbids inline styles shows it too.
function bar(segments) {
	let x = 0;
	const rects = segments.map(([fraction, cls]) => {
		const rect = `<rect${cls ? ` class="${cls}"` : ''} x="${x * 100}%" width="${fraction * 100}%" height="100%"/>`;
		x += fraction;
		return rect;
	});
	return `<svg class="kk-bar" aria-hidden="true" focusable="false">${rects.join('')}</svg>`;
}

// ---------------------------------------------------------------- styles

const CSS = `
:host{display:block;container-type:inline-size;font:inherit;line-height:1.5;color:var(--kk-widget-color-text,#1b1b1b);--kk-s:var(--kk-widget-space,1rem);--kk-border:var(--kk-widget-color-border,#c9cdd2);--kk-muted:var(--kk-widget-color-muted,#4a4a4a)}
:host([hidden]){display:none}
*{box-sizing:border-box}
[part=widget]{font-family:var(--kk-widget-font,inherit);font-size:var(--kk-widget-font-size,inherit)}
.kk-better{color:var(--kk-widget-color-good,#0a5c2a);font-weight:700}
.kk-worse{color:var(--kk-widget-color-poor,#9b1c1c);font-weight:700}
.kk-note{font-weight:400;font-size:.8125em}
.kk-w{background:var(--kk-widget-color-background,#fff);border:1px solid var(--kk-border);border-radius:var(--kk-widget-radius,.5rem);padding:var(--kk-s);max-inline-size:var(--kk-widget-max-width,48rem)}
.kk-w>*+*{margin-block-start:calc(var(--kk-s)*.75)}
.kk-h{font-family:var(--kk-widget-heading-font,inherit);font-size:1.25em;line-height:1.3;margin:0}
p,ul{margin:0}
.kk-meta,caption .kk-meta{color:var(--kk-muted);font-size:.875em}
a{color:var(--kk-widget-color-link,#005189)}
a:focus-visible,button:focus-visible,[tabindex]:focus-visible{outline:3px solid var(--kk-widget-color-focus,#005189);outline-offset:2px}
.kk-links{display:flex;flex-wrap:wrap;gap:.25em calc(var(--kk-s));font-size:.875em}
.kk-scroll{overflow-x:auto}
table{border-collapse:collapse;inline-size:100%;font-variant-numeric:tabular-nums}
caption{text-align:start;font-weight:600;padding-block-end:.25em}
th,td{padding:.3em .5em;border-block-end:1px solid var(--kk-border);text-align:start;vertical-align:top}
thead th{vertical-align:bottom;font-size:.875em}
th[scope=row]{font-weight:400}
.kk-fit th[scope=row]{overflow-wrap:anywhere}
.kk-wide th[scope=row]{min-inline-size:9em}
@container (max-width:26rem){.kk-w{padding:calc(var(--kk-s)*.75)}table{font-size:.875em}th,td{padding:.3em .25em}}
.kk-n{text-align:end;white-space:nowrap}
.kk-wrap,thead .kk-n{white-space:normal}
.kk-sum>*{font-weight:700;border-block-end-width:2px}
.kk-section{background:var(--kk-widget-color-subtle,#f3f5f7);font-weight:600}
.kk-good{--kk-c:var(--kk-widget-color-good,#0a5c2a)}
.kk-partly{--kk-c:var(--kk-widget-color-partly,#6b4200)}
.kk-poor{--kk-c:var(--kk-widget-color-poor,#9b1c1c)}
.kk-not_assessed,.kk-unknown{--kk-c:var(--kk-widget-color-unknown,#45484d)}
.kk-status{display:flex;align-items:center;gap:.4em}
.kk-icon{inline-size:1.25em;block-size:1.25em;flex:none}
.kk-icon circle{fill:var(--kk-c);stroke:var(--kk-c)}
.kk-icon path{fill:none;stroke:#fff;stroke-width:2;stroke-linecap:round;stroke-linejoin:round}
.kk-partly .kk-icon circle{fill:#fff;stroke-width:1.5}
.kk-partly .kk-icon path.kk-fill{fill:var(--kk-c);stroke:none}
.kk-bar{display:block;inline-size:100%;block-size:.75em;border-radius:.375em;background:var(--kk-widget-color-subtle,#f3f5f7)}
.kk-bar rect{fill:var(--kk-c,var(--kk-widget-color-accent,#00507a))}
.kk-list{list-style:none;padding:0;display:grid;gap:.25em}
.kk-list li{display:flex;align-items:center;gap:.5em}
.kk-count{font-weight:700;min-inline-size:2ch;text-align:end}
.kk-w td:last-child>.kk-bar{min-inline-size:5rem}
.kk-big{font-size:2em;font-weight:700;line-height:1}
.kk-chart{display:block;max-inline-size:100%;block-size:auto}
.kk-chart text{font:inherit;font-size:14px;fill:var(--kk-widget-color-text,#1b1b1b)}
.kk-chart .kk-bar-value{fill:var(--kk-widget-color-accent,#00507a)}
.kk-chart .kk-bar-base{fill:var(--kk-widget-color-baseline,#8b929c)}
.kk-chart .kk-bar-target{fill:none;stroke:var(--kk-widget-color-target,#1b1b1b);stroke-width:2;stroke-dasharray:5 3}
.kk-chart .kk-target-line{stroke:var(--kk-widget-color-target,#1b1b1b);stroke-width:1.5;stroke-dasharray:5 3}
.kk-chart .kk-axis{stroke:var(--kk-border)}
.kk-message{border-inline-start:4px solid var(--kk-widget-color-poor,#9b1c1c);padding-inline-start:.75em}
.kk-message.kk-info{border-color:var(--kk-muted)}
button{font:inherit;font-size:.875em;padding:.25em .75em;border:1px solid currentColor;border-radius:.25em;background:none;color:var(--kk-widget-color-link,#005189);cursor:pointer;margin-block-start:.5em}
.kk-loading{color:var(--kk-muted)}
@media (forced-colors:active){.kk-bar rect{fill:CanvasText}}
.kk-sr{position:absolute;inline-size:1px;block-size:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
`;

let sharedSheet;
function applyStyles(root) {
	if (root.adoptedStyleSheets !== undefined && typeof CSSStyleSheet === 'function' && 'replaceSync' in CSSStyleSheet.prototype) {
		if (!sharedSheet) {
			sharedSheet = new CSSStyleSheet();
			sharedSheet.replaceSync(CSS);
		}
		root.adoptedStyleSheets = [sharedSheet];
		return '';
	}
	return `<style>${CSS}</style>`;
}

// ---------------------------------------------------------------- base element

const COMMON_ATTRIBUTES = ['api', 'site', 'heading-level', 'link-target', 'timeout'];

class KommunkollenWidget extends HTMLElement {
	static get observedAttributes() {
		return [this.key, ...COMMON_ATTRIBUTES, ...this.options];
	}

	connectedCallback() {
		if (!this.shadowRoot) {
			this.styleTag = applyStyles(this.attachShadow({ mode: 'open' }));
			this.shadowRoot.addEventListener('click', (event) => {
				if (event.target.closest('[data-kk-retry]')) {
					this.refresh();
				}
			});
		}
		if (!this.loaded) {
			this.refresh();
		}
	}

	attributeChangedCallback(name, before, after) {
		if (this.shadowRoot && before !== after) {
			this.refresh();
		}
	}

	// Coalesces several attribute changes of one task into one load.
	refresh() {
		if (!this.pending) {
			this.pending = true;
			queueMicrotask(() => {
				this.pending = false;
				this.load();
			});
		}
	}

	get api() {
		return new URL(this.getAttribute('api') || '/graphql', SCRIPT_URL).href;
	}

	get headingLevel() {
		const level = parseInt(this.getAttribute('heading-level'), 10);
		return level >= 1 && level <= 6 ? level : 2;
	}

	flag(name) {
		const value = this.getAttribute(name);
		return value !== null && value !== 'false';
	}

	async load() {
		const key = this.constructor.key;
		const id = (this.getAttribute(key) || '').trim();
		const token = (this.token = (this.token || 0) + 1);
		this.loaded = true;
		if (!id) {
			this.message('info', `Widgeten saknar attributet ${key}. Ange ett id från Kommunkollen.`, false);
			return;
		}
		this.show(`<p class="kk-loading" role="status">Hämtar uppgifter från Kommunkollen…</p>`, false);
		const timeout = parseInt(this.getAttribute('timeout'), 10) || DEFAULT_TIMEOUT;
		try {
			const [field, args, selection] = this.request(id);
			const data = await query(this.api, timeout, field, args, selection);
			if (token !== this.token) {
				return;
			}
			const problem = data ? this.missing(data, id) : this.notFound(id);
			if (problem) {
				this.message('info', problem, false);
				return;
			}
			this.show(this.render(data));
			this.emit('kk-widget-load', { title: this.label(data) });
		}
		catch (error) {
			if (token !== this.token) {
				return;
			}
			if (!(error instanceof ApiError)) {
				// Data this version cannot draw: say so rather than keep "Hämtar…", and tell the console.
				this.message('error', 'Uppgifterna från Kommunkollen kunde inte visas.', false);
				(self.reportError || console.error)(error);
				return;
			}
			const text = error.kind === 'timeout' ? 'Kommunkollen svarade inte i tid, så uppgifterna kan inte visas just nu.'
				: error.kind === 'network' ? 'Det gick inte att nå Kommunkollen, så uppgifterna kan inte visas just nu.'
					: 'Kommunkollen kunde inte lämna ut uppgifterna just nu.';
			this.message('error', text, true);
		}
	}

	// Without data the content inside the tag (the fallback) is shown under the message.
	message(kind, text, retry) {
		const role = kind === 'error' ? 'alert' : 'status';
		const button = retry ? '<button type="button" data-kk-retry>Försök igen</button>' : '';
		this.show(`<div class="kk-message kk-${kind}" role="${role}" part="message"><p>${esc(text)}</p>${button}</div><slot></slot>`, false);
		this.emit('kk-widget-error', { message: text });
	}

	show(html, framed = true) {
		// lang: the text is Swedish even on a page in another language.
		const body = `<div${framed ? ' class="kk-w"' : ''} part="widget" lang="sv">${html}</div>`;
		this.shadowRoot.innerHTML = this.styleTag + body;
	}

	emit(type, detail) {
		this.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, detail }));
	}

	heading(text, id = 'kk-h') {
		const level = this.headingLevel;
		return `<h${level} class="kk-h" id="${id}" part="heading">${esc(text)}</h${level}>`;
	}

	// A link to the citizen site, which by default lives next to this script.
	link(page, params, text, hash) {
		const url = new URL(page, new URL(this.getAttribute('site') || './', SCRIPT_URL));
		Object.keys(params).forEach((name) => url.searchParams.set(name, params[name]));
		if (hash) {
			url.hash = hash;
		}
		const target = this.getAttribute('link-target');
		const extra = target ? ` target="${esc(target)}"${target === '_blank' ? ' rel="noopener"' : ''}` : '';
		return `<a href="${esc(url.href)}"${extra} part="link">${esc(text)}</a>`;
	}

	sourceLink(provenance) {
		if (!provenance || !provenance.report) {
			return '';
		}
		const lines = provenance.lineStart === provenance.lineEnd ? `rad ${provenance.lineStart}` : `rad ${provenance.lineStart}–${provenance.lineEnd}`;
		return this.link('kalla.html', { report: provenance.report.id, from: provenance.lineStart, to: provenance.lineEnd },
			`Källa: ${lines} i rapporten`);
	}

	links(...items) {
		return `<p class="kk-links">${items.filter(Boolean).join('')}</p>`;
	}

	missing() {
		return null;
	}

	notFound(id) {
		return this.constructor.notFound.replace('{id}', id);
	}
}

const PROVENANCE = 'provenance{lineStart lineEnd report{id}}';
const REPORT = 'report{id title periodLabel year municipality{id name}}';

function reportMeta(report, ...extra) {
	return [report.municipality.name, ...extra, report.title].filter(Boolean).map(esc).join(' · ');
}

// ---------------------------------------------------------------- <kk-goal>

// The period is written under the value where it says more than the column header.
function indicatorCell(value, header) {
	if (!value) {
		return '<td class="kk-n">–</td>';
	}
	const period = value.period && value.period !== header ? `<br><span class="kk-meta kk-wrap">${esc(value.period)}</span>` : '';
	return `<td class="kk-n">${esc(value.printed || formatNumber(value.value))}${period}</td>`;
}
const INDICATOR_COLUMNS = ['Startläge', 'Senaste utfall', 'Mål'];

function pickValues(indicator) {
	const of = (kind) => indicator.values.filter((v) => v.kind === kind && (v.value != null || v.printed));
	const outcomes = of('OUTCOME');
	return [of('BASELINE')[0], outcomes[outcomes.length - 1], of('TARGET')[0]];
}

class GoalElement extends KommunkollenWidget {
	static key = 'goal';
	static options = ['hide-indicators', 'show-analysis'];
	static notFound = 'Kommunkollen har inget mål med id ”{id}”.';

	request(id) {
		return ['goal', { id: ['ID!', id] }, `{id number title levelLabel analysis assessment{label normalized} trend ${REPORT}
			indicators{id name unit values{kind period value printed}} ${PROVENANCE}}`];
	}

	label(goal) {
		return goal.number ? `${goal.number}: ${goal.title}` : goal.title;
	}

	render(goal) {
		const level = levelOf(goal.assessment);
		const status = goal.assessment.label || LEVELS[level][0];
		const trend = goal.trend ? `<p class="kk-meta">${TRENDS[goal.trend]}</p>` : '';
		const analysis = this.flag('show-analysis') && goal.analysis
			? goal.analysis.split(/\n\s*\n/).map((p) => `<p>${esc(p)}</p>`).join('') : '';
		let table = '';
		if (goal.indicators.length && !this.flag('hide-indicators')) {
			const rows = goal.indicators.map((indicator) => `<tr><th scope="row">${esc(indicator.name)}</th>${pickValues(indicator).map((v, i) => indicatorCell(v, INDICATOR_COLUMNS[i])).join('')}</tr>`);
			table = `<div class="kk-scroll" role="region" aria-label="Indikatorer" tabindex="0"><table class="kk-fit" part="table"><caption>Indikatorer för målet</caption>
				<thead><tr><th scope="col">Indikator</th>${INDICATOR_COLUMNS.map((c) => `<th scope="col" class="kk-n">${c}</th>`).join('')}</tr></thead>
				<tbody>${rows.join('')}</tbody></table></div>`;
		}
		return `<p class="kk-meta">${reportMeta(goal.report, goal.levelLabel)}</p>${this.heading(this.label(goal))}
			<p class="kk-status kk-${level.toLowerCase()}" part="status">${statusIcon(level)}<span>Bedömning: <strong>${esc(status)}</strong></span></p>
			${trend}${analysis}${table}
			${this.links(this.link('mal.html', { id: goal.report.municipality.id }, `Alla mål för ${goal.report.municipality.name} på Kommunkollen`, `mal-${goal.id}`), this.sourceLink(goal.provenance))}`;
	}
}

// ---------------------------------------------------------------- <kk-goals-summary>

function countAssessments(goals) {
	const counts = {};
	goals.forEach((goal) => {
		const level = levelOf(goal.assessment);
		const count = (counts[level] = counts[level] || { normalized: level, count: 0, labels: [] });
		count.count++;
		if (goal.assessment.label && count.labels.indexOf(goal.assessment.label) < 0) {
			count.labels.push(goal.assessment.label);
		}
	});
	return Object.keys(counts).map((level) => counts[level]);
}

// The areas a report assesses itself (processområden, målområden), counted by level.
function assessedAreas(reports) {
	const areas = reports.flatMap((report) => report.areas || []);
	const assessed = areas.filter((area) => area.assessment && ASSESSED.indexOf(area.assessment.normalized) >= 0);
	const kinds = assessed.map((area) => area.kind).filter((kind, i, all) => all.indexOf(kind) === i);
	return { all: areas.length, assessed, kind: kinds.length === 1 ? kinds[0] : 'OTHER' };
}

class GoalsSummaryElement extends KommunkollenWidget {
	static key = 'municipality';
	static options = ['report'];
	static notFound = 'Kommunkollen har ingen kommun med id ”{id}”.';

	// With "report", the goals of that report only; otherwise of all the municipality's reports.
	request(id) {
		const report = this.getAttribute('report');
		const areas = 'areas{kind assessment{label normalized}}';
		return report ? ['report', { id: ['ID!', report] }, `{id title periodLabel municipality{id name} goals{assessment{label normalized}} ${areas}}`]
			: ['municipality', { id: ['ID!', id] }, `{id name goalStatusCounts{normalized count labels} reports{id title periodLabel ${areas}}}`];
	}

	notFound(id) {
		const report = this.getAttribute('report');
		return report ? `Kommunkollen har ingen rapport med id ”${report}”.` : super.notFound(id);
	}

	missing(data, id) {
		return data.municipality && data.municipality.id !== id ? `Rapporten ”${data.title}” är inte från kommunen ”${id}”.` : null;
	}

	label(data) {
		return data.municipality ? `Målen i ${data.municipality.name}: ${data.title}` : `Målen i ${data.name}`;
	}

	list(counts, total, noun) {
		const shown = LEVEL_ORDER.filter((level) => counts[level] && counts[level].count);
		const item = (level) => {
			const count = counts[level].count;
			const printed = counts[level].labels.filter((l) => l.toLowerCase() !== LEVELS[level][0].toLowerCase());
			const aside = printed.length ? ` <span class="kk-meta">(i rapporterna: ${esc(printed.join(', '))})</span>` : '';
			return `<li class="kk-${level.toLowerCase()}" data-level="${level}">${statusIcon(level)}<span class="kk-count">${count}</span><span>${esc(LEVELS[level][0])}<span class="kk-sr"> ${esc(noun)}</span>${aside}</span></li>`;
		};
		const segments = total ? bar(shown.map((l) => [counts[l].count / total, `kk-${l.toLowerCase()}`])) : '';
		return `${segments}<ul class="kk-list" part="list">${shown.map(item).join('')}</ul>`;
	}

	render(data) {
		const municipality = data.municipality || data;
		const reports = data.municipality ? [data] : data.reports || [];
		const counts = {};
		(data.goalStatusCounts || countAssessments(data.goals)).forEach((c) => (counts[c.normalized] = c));
		const total = Object.keys(counts).reduce((sum, level) => sum + counts[level].count, 0);
		const assessedGoals = ASSESSED.reduce((sum, level) => sum + (counts[level] ? counts[level].count : 0), 0);
		const areas = assessedAreas(reports);
		const where = data.municipality ? 'rapporten' : 'kommunens rapporter';
		const periods = reports.map((r) => r.periodLabel).filter(Boolean).join('; ');
		let areaPart = '';
		if (areas.assessed.length) {
			const areaCounts = {};
			countAssessments(areas.assessed).forEach((c) => (areaCounts[c.normalized] = c));
			const [one, many] = AREA_WORDS[areas.kind] || AREA_WORDS.OTHER;
			const words = areas.assessed.length === 1 ? one : many;
			areaPart = `<p data-kk-areas="${areas.assessed.length}">${esc(`${where === 'rapporten' ? 'Rapporten' : 'Rapporterna'} bedömer ${areas.assessed.length} ${words}${areas.assessed.length < areas.all ? ` av ${areas.all}` : ''}:`)}</p>${this.list(areaCounts, areas.assessed.length, words)}`;
		}
		let goalPart;
		if (!total) {
			goalPart = areas.assessed.length ? '' : `<p>${esc(`Kommunkollen har inga mål för ${municipality.name} i ${where}.`)}</p>`;
		}
		else {
			const intro = assessedGoals ? `${total} mål i ${where}. Så bedöms de:`
				: `${total} mål i ${where}, inget med en egen bedömning som går att läsa${areas.assessed.length ? '; rapporten bedömer områdena ovan' : ''}:`;
			goalPart = `<p>${esc(intro)}</p>${this.list(counts, total, 'mål')}`;
		}
		return `${this.heading(this.label(data))}${periods ? `<p class="kk-meta">${esc(periods)}</p>` : ''}${areaPart}${goalPart}
			${this.links(this.link('mal.html', { id: municipality.id }, `Se alla mål för ${municipality.name} på Kommunkollen`))}`;
	}
}

// ---------------------------------------------------------------- <kk-financial-statement>

// Decimals as printed (the API's scales), so a whole-krona amount never gets an invented ",0".
function cellText(row, i) {
	const scale = row.scales ? row.scales[i] : null;
	if (row.values[i] == null) {
		return row.printed[i] || '';
	}
	const digits = scale != null ? scale : decimalsOf(row.printed[i], row.values[i]);
	return new Intl.NumberFormat('sv-SE', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(row.values[i]);
}

const DEVIATIONS = { BUDGET_DEVIATION: 'budget', FORECAST_DEVIATION: 'prognos' };

// Better or worse only for a deviation from budget or forecast whose sign the report makes
// known; a difference between periods is a plain number.
function deviationText(column, row, i) {
	const text = esc(cellText(row, i));
	const value = Number(row.values[i]);
	const against = DEVIATIONS[column.kind];
	if (!against || !column.deviationSign || row.values[i] == null || value === 0) {
		return text;
	}
	const better = column.deviationSign === 'POSITIVE_IS_BETTER' ? value > 0 : value < 0;
	return `<span class="${better ? 'kk-better' : 'kk-worse'}"><span aria-hidden="true">${value > 0 ? '▲' : '▼'}</span> ${text} <span class="kk-note">(${better ? 'bättre' : 'sämre'} än ${against})</span></span>`;
}

class FinancialStatementElement extends KommunkollenWidget {
	static key = 'statement';
	static options = ['columns', 'sums-only'];
	static notFound = 'Kommunkollen har ingen ekonomisk tabell med id ”{id}”.';

	request(id) {
		return ['financialStatement', { id: ['ID!', id] }, `{id kind title unit unitName latestOutcomeColumn unitProvenance{lineStart lineEnd report{id}} ${REPORT}
			columns{label kind unit periodEnd deviationSign} rows{label section isSum unit unitName isRatio values scales printed} ${PROVENANCE}}`];
	}

	label(statement) {
		return `${statement.title} – ${statement.report.municipality.name}`;
	}

	// "columns" lists 1-based column numbers to show ("1,4,5"); without it, all.
	visibleColumns(count) {
		const wanted = (this.getAttribute('columns') || '').split(/[\s,]+/).map(Number).filter((n) => n >= 1 && n <= count);
		return wanted.length ? wanted.map((n) => n - 1) : Array.from({ length: count }, (_, i) => i);
	}

	render(statement) {
		const columns = this.visibleColumns(statement.columns.length);
		const rows = this.flag('sums-only') ? statement.rows.filter((r) => r.isSum) : statement.rows;
		const unit = statement.unitName ? `${statement.unitName} (${statement.unit})` : statement.unit;
		const perRow = rows.some((row) => row.unit || row.isRatio) || (statement.kind === 'KEY_FIGURES' && !unit);
		const cell = (row, i) => {
			const column = statement.columns[i];
			const text = column.kind === 'REFERENCE' ? esc(row.printed[i]) : deviationText(column, row, i);
			return `<td class="kk-n">${text ? text + (column.unit && row.values[i] != null ? ' ' + esc(column.unit) : '') : ''}</td>`;
		};
		const rowUnit = (row) => `<td>${esc(row.isRatio ? 'kvot' : row.unitName || row.unit || unit || 'anges inte')}</td>`;
		// One tbody per section, headed by the section's name.
		const groups = [];
		rows.forEach((row) => {
			const last = groups[groups.length - 1];
			if (last && last.section === row.section) {
				last.rows.push(row);
			}
			else {
				groups.push({ section: row.section, rows: [row] });
			}
		});
		const span = columns.length + (perRow ? 2 : 1);
		const body = groups.map((group) => `<tbody>${group.section ? `<tr class="kk-section"><th scope="rowgroup" colspan="${span}">${esc(group.section)}</th></tr>` : ''}
			${group.rows.map((row) => `<tr${row.isSum ? ' class="kk-sum"' : ''}><th scope="row">${esc(row.label)}</th>${columns.map((i) => cell(row, i)).join('')}${perRow ? rowUnit(row) : ''}</tr>`).join('')}</tbody>`).join('');
		// The title stands in the heading just above, so screen readers alone get it twice.
		const fromText = statement.unitProvenance ? ' (enheten står i rapportens text)' : '';
		const caption = `<span class="kk-sr">${esc(statement.title)}. </span>${perRow ? 'Enheten står per rad' : unit ? `Belopp i ${esc(unit)}${fromText}` : 'Tabellen anger inte i vilken enhet beloppen står'}`;
		const header = (i) => `<th scope="col" class="kk-n" data-kind="${esc(statement.columns[i].kind)}">${esc(statement.columns[i].label)}${i === statement.latestOutcomeColumn ? '<br><span class="kk-note">senaste utfall</span>' : ''}</th>`;
		return `<p class="kk-meta">${reportMeta(statement.report, statement.report.periodLabel)}</p>${this.heading(statement.title)}
			<div class="kk-scroll" role="region" aria-labelledby="kk-h" tabindex="0"><table class="kk-wide" part="table"><caption>${caption}</caption>
			<thead><tr><th scope="col">Post</th>${columns.map(header).join('')}${perRow ? '<th scope="col">Enhet</th>' : ''}</tr></thead>
			${body}</table></div>
			${this.links(this.link('ekonomi.html', { id: statement.report.municipality.id }, `Ekonomin i ${statement.report.municipality.name} på Kommunkollen`, `tabell-${statement.id}`), this.sourceLink(statement.provenance),
				statement.unitProvenance ? this.sourceLink(statement.unitProvenance).replace('Källa: ', 'Enheten: ') : '')}`;
	}
}

// ---------------------------------------------------------------- <kk-indicator>

const DIRECTIONS = { LOWER: 'Lägre värde är bättre.', HIGHER: 'Högre värde är bättre.' };

class IndicatorElement extends KommunkollenWidget {
	static key = 'indicator';
	static options = ['hide-table'];
	static notFound = 'Kommunkollen har ingen indikator med id ”{id}”.';

	request(id) {
		return ['indicator', { id: ['ID!', id] }, `{id name unit betterDirection levelLabel values{kind period value printed}
			goal{id number title} ${REPORT} ${PROVENANCE}}`];
	}

	label(indicator) {
		return `${indicator.name} – ${indicator.report.municipality.name}`;
	}

	missing(indicator) {
		return indicator.values.some((v) => v.value != null || v.printed) ? null : `Indikatorn ${indicator.name} har inga värden i rapporten.`;
	}

	text(value) {
		return value.printed || formatNumber(value.value) + (this.unit ? ' ' + this.unit : '');
	}

	// Bars for baseline and outcomes, dashed outlines for targets, and a dashed line at the
	// (first) target so every bar can be compared with it.
	chart(indicator, summary) {
		const values = indicator.values.filter((v) => v.value != null);
		if (!values.length) {
			return '';
		}
		const slot = 64;
		const width = Math.max(values.length * slot + 16, 240);
		const top = 28;
		const bottom = 176;
		const numbers = values.map((v) => Number(v.value));
		const low = Math.min(0, ...numbers);
		const high = Math.max(0, ...numbers) || 1;
		const y = (n) => bottom - ((n - low) / (high - low)) * (bottom - top);
		const target = values.find((v) => v.kind === 'TARGET');
		const parts = values.map((v, i) => {
			const x = 16 + i * slot;
			const y0 = Math.min(y(v.value), y(0));
			const h = Math.max(Math.abs(y(v.value) - y(0)), 1);
			const kind = v.kind === 'TARGET' ? 'kk-bar-target' : v.kind === 'BASELINE' ? 'kk-bar-base' : 'kk-bar-value';
			const words = v.period.split(' ');
			const first = words.shift();
			return `<rect class="${kind}" x="${x + 4}" y="${y0}" width="${slot - 24}" height="${h}"/>
				<text x="${x + slot / 2 - 8}" y="${y0 - 6}" text-anchor="middle">${esc(this.text(v))}</text>
				<text x="${x + slot / 2 - 8}" y="${bottom + 18}" text-anchor="middle">${esc(first)}</text>
				<text x="${x + slot / 2 - 8}" y="${bottom + 34}" text-anchor="middle">${esc(words.join(' '))}</text>`;
		});
		const line = target ? `<line class="kk-target-line" x1="8" x2="${width - 8}" y1="${y(target.value)}" y2="${y(target.value)}"/>` : '';
		return `<svg class="kk-chart" viewBox="0 0 ${width} ${bottom + 42}" width="${Math.round(width * 1.15)}" role="img" aria-labelledby="kk-chart-title" part="chart">
			<title id="kk-chart-title">${esc(summary)}</title>
			<line class="kk-axis" x1="8" x2="${width - 8}" y1="${y(0)}" y2="${y(0)}"/>${parts.join('')}${line}</svg>`;
	}

	render(indicator) {
		this.unit = indicator.unit;
		const printed = indicator.values.filter((v) => v.value != null || v.printed);
		const summary = `Diagram över ${indicator.name}: ${printed.map((v) => `${v.period} ${this.text(v)}`).join(', ')}. ${DIRECTIONS[indicator.betterDirection] || ''}`;
		const goal = indicator.goal ? [indicator.goal.number, indicator.goal.title].filter(Boolean).join(': ') : '';
		const table = this.flag('hide-table') ? '' : `<div class="kk-scroll" role="region" aria-label="Värden" tabindex="0"><table part="table">
			<caption>Värden för ${esc(indicator.name)}</caption><thead><tr><th scope="col">Period</th><th scope="col" class="kk-n">Värde</th></tr></thead>
			<tbody>${printed.map((v) => `<tr><th scope="row">${esc(v.period)}</th><td class="kk-n">${esc(this.text(v))}</td></tr>`).join('')}</tbody></table></div>`;
		return `<p class="kk-meta">${reportMeta(indicator.report, indicator.levelLabel)}</p>${this.heading(indicator.name)}
			${goal ? `<p class="kk-meta">Indikator för ${esc(goal)}</p>` : ''}
			${indicator.betterDirection ? `<p>${DIRECTIONS[indicator.betterDirection]}</p>` : ''}
			${this.chart(indicator, summary)}${table}
			${this.links(this.link('mal.html', { id: indicator.report.municipality.id }, `Målen för ${indicator.report.municipality.name} på Kommunkollen`, indicator.goal && `mal-${indicator.goal.id}`), this.sourceLink(indicator.provenance))}`;
	}
}

// ---------------------------------------------------------------- <kk-evaluation>

class EvaluationElement extends KommunkollenWidget {
	static key = 'municipality';
	static options = ['year', 'hide-areas'];
	static notFound = 'Kommunkollen har ingen kommun med id ”{id}”.';

	request(id) {
		return ['municipality', { id: ['ID!', id] }, `{id name evaluations{id year totalScore maxScore evaluators
			areas{number name score maxScore} ${PROVENANCE}}}`];
	}

	evaluation(municipality) {
		const year = parseInt(this.getAttribute('year'), 10);
		return municipality.evaluations.find((e) => !year || e.year === year);
	}

	missing(municipality) {
		return this.evaluation(municipality) ? null : `Kommunkollen har ingen utvärdering med Kommunkompassen för ${municipality.name}${this.getAttribute('year') ? ' år ' + this.getAttribute('year') : ''}.`;
	}

	label(municipality) {
		return `Kommunkompassen ${this.evaluation(municipality).year}: ${municipality.name}`;
	}

	render(municipality) {
		const evaluation = this.evaluation(municipality);
		const rows = evaluation.areas.map((area) => `<tr><th scope="row">${area.number}. ${esc(area.name)}</th>
			<td class="kk-n">${area.score} av ${area.maxScore}</td>
			<td>${bar([[area.score / area.maxScore]])}</td></tr>`);
		const areas = this.flag('hide-areas') ? '' : `<div class="kk-scroll" role="region" aria-label="Poäng per område" tabindex="0"><table part="table">
			<caption>Poäng per område</caption><thead><tr><th scope="col">Område</th><th scope="col" class="kk-n">Poäng</th><td></td></tr></thead>
			<tbody>${rows.join('')}</tbody></table></div>`;
		return `${this.heading(this.label(municipality))}
			<p><span class="kk-big">${evaluation.totalScore}</span> av ${evaluation.maxScore} poäng totalt</p>
			${bar([[evaluation.totalScore / evaluation.maxScore]])}
			${evaluation.evaluators ? `<p class="kk-meta">Utvärderare: ${esc(evaluation.evaluators)}</p>` : ''}${areas}
			${this.links(this.link('kompassen.html', { id: municipality.id }, `Hela utvärderingen på Kommunkollen`), this.sourceLink(evaluation.provenance))}`;
	}
}

// ---------------------------------------------------------------- registration

// Guarded, so that including the script twice (or two versions of it) throws nothing.
const ELEMENTS = {
	'kk-goal': GoalElement,
	'kk-goals-summary': GoalsSummaryElement,
	'kk-financial-statement': FinancialStatementElement,
	'kk-indicator': IndicatorElement,
	'kk-evaluation': EvaluationElement,
};
Object.keys(ELEMENTS).forEach((name) => customElements.get(name) || customElements.define(name, ELEMENTS[name]));
