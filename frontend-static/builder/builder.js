// The widget builder: pick a widget, a municipality and options, see the widget live and
// copy the snippet (script or iframe). Lists come from the same GraphQL API the widgets use.

const SITE = new URL('../', import.meta.url).href;
const API = new URL('/graphql', import.meta.url).href;
const TIMEOUT = 10000;
const DEFAULT_LINK_COLOR = '#005189';

const WIDGETS = {
	'kk-goals-summary': { key: 'municipality', list: 'report', embed: 'goals-summary', height: 340, options: ['report'] },
	'kk-goal': { key: 'goal', list: 'goal', embed: 'goal', height: 460, options: ['hide-indicators', 'show-analysis'] },
	'kk-indicator': { key: 'indicator', list: 'indicator', embed: 'indicator', height: 680, options: ['hide-table'] },
	'kk-financial-statement': { key: 'statement', list: 'statement', embed: 'financial-statement', height: 620, options: ['sums-only', 'columns'] },
	'kk-evaluation': { key: 'municipality', embed: 'evaluation', height: 640, options: ['hide-areas'] },
};

const form = document.getElementById('builder');
const $ = (id) => document.getElementById(id);
const loadStatus = $('load-status');
const preview = $('preview');
const snippet = $('snippet');

async function graphql(query, variables) {
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), TIMEOUT);
	try {
		const response = await fetch(API, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ query, variables }),
			signal: controller.signal,
		});
		const body = await response.json();
		if (!body.data) {
			throw new Error(body.errors ? body.errors[0].message : `HTTP ${response.status}`);
		}
		return body.data;
	}
	finally {
		clearTimeout(timer);
	}
}

// Connections are read to the end, a hundred at a time.
async function allNodes(field, selection, municipality) {
	const nodes = [];
	let after = null;
	for (let page = 0; page < 50; page++) {
		const data = await graphql(`query($m: ID!, $after: String) { ${field}(first: 100, after: $after, filter: {municipality: $m}) {
			edges { node { ${selection} } } pageInfo { hasNextPage endCursor } } }`, { m: municipality, after });
		nodes.push(...data[field].edges.map((edge) => edge.node));
		if (!data[field].pageInfo.hasNextPage) {
			break;
		}
		after = data[field].pageInfo.endCursor;
	}
	return nodes;
}

const LISTS = {
	async goal(municipality) {
		const goals = await allNodes('goals', 'id number title report { title }', municipality);
		return goals.map((g) => ({ id: g.id, group: g.report.title, text: g.number ? `${g.number}: ${g.title}` : g.title }));
	},
	async indicator(municipality) {
		const indicators = await allNodes('indicators', 'id name report { title } goal { number }', municipality);
		return indicators.map((i) => ({ id: i.id, group: i.report.title, text: i.goal && i.goal.number ? `${i.name} (${i.goal.number})` : i.name }));
	},
	async report(municipality) {
		const data = await graphql('query($m: ID!) { reports(municipality: $m) { id title goals { id } } }', { m: municipality });
		return [{ id: '', text: 'Alla rapporter' }].concat(data.reports.filter((r) => r.goals.length).map((r) => ({ id: r.id, text: r.title })));
	},
	async statement(municipality) {
		const data = await graphql('query($m: ID!) { reports(municipality: $m) { title financialStatements { id title } } }', { m: municipality });
		return data.reports.flatMap((r) => r.financialStatements.map((s) => ({ id: s.id, group: r.title, text: s.title })));
	},
};

const cache = new Map();
function list(kind, municipality) {
	const key = kind + ' ' + municipality;
	if (!cache.has(key)) {
		const promise = LISTS[kind](municipality);
		promise.catch(() => cache.delete(key));
		cache.set(key, promise);
	}
	return cache.get(key);
}

function fillSelect(select, items, empty) {
	select.replaceChildren();
	if (!items.length) {
		select.append(new Option(empty, ''));
		select.disabled = true;
		return;
	}
	select.disabled = false;
	const groups = new Map();
	items.forEach((item) => {
		if (!item.group) {
			select.append(new Option(item.text, item.id));
			return;
		}
		if (!groups.has(item.group)) {
			const group = document.createElement('optgroup');
			group.label = item.group;
			groups.set(item.group, group);
			select.append(group);
		}
		groups.get(item.group).append(new Option(item.text.length > 110 ? item.text.slice(0, 107) + '…' : item.text, item.id));
	});
}

const EMPTY = { goal: 'Kommunen har inga mål i Kommunkollen', indicator: 'Kommunen har inga indikatorer i Kommunkollen', statement: 'Kommunen har inga ekonomiska tabeller i Kommunkollen' };

function widgetName() {
	return form.elements.widget.value;
}

function municipality() {
	const select = $('municipality');
	return { id: select.value, name: select.selectedOptions[0] ? select.selectedOptions[0].textContent : '' };
}

let listToken = 0;
// Fills the picker the chosen widget needs, then redraws.
async function prepare() {
	const widget = WIDGETS[widgetName()];
	form.querySelectorAll('[data-for]').forEach((el) => (el.hidden = el.dataset.for !== widgetName()));
	const token = ++listToken;
	if (widget.list && municipality().id) {
		const select = $(widget.list);
		loadStatus.textContent = 'Hämtar listan…';
		try {
			const items = await list(widget.list, municipality().id);
			if (token !== listToken) {
				return;
			}
			const previous = select.value;
			fillSelect(select, items, EMPTY[widget.list]);
			if (items.some((item) => item.id === previous)) {
				select.value = previous;
			}
			loadStatus.textContent = '';
		}
		catch (error) {
			if (token === listToken) {
				loadStatus.textContent = 'Det gick inte att hämta listan från Kommunkollen. Försök igen om en stund.';
			}
			return;
		}
	}
	render();
}

// What the chosen widget shows, its attributes and its fallback link.
function selection() {
	const name = widgetName();
	const widget = WIDGETS[name];
	const m = municipality();
	const attributes = {};
	// Goals, indicators and tables are picked by id; the other widgets take the municipality.
	const picked = widget.list && widget.key === widget.list ? $(widget.list).selectedOptions[0] : null;
	attributes[widget.key] = picked ? picked.value : widget.key === 'municipality' ? m.id : '';
	if (form.elements['heading-level'].value !== '2') {
		attributes['heading-level'] = form.elements['heading-level'].value;
	}
	widget.options.forEach((option) => {
		const field = form.elements[option];
		if (field.type === 'checkbox' ? field.checked : field.value.trim()) {
			attributes[option] = field.type === 'checkbox' ? '' : field.value.trim().replace(/\s+/g, '');
		}
	});
	const theme = {};
	if (form.elements['color-link'].value.toLowerCase() !== DEFAULT_LINK_COLOR) {
		theme['kk-widget-color-link'] = form.elements['color-link'].value;
	}
	if (form.elements.font.value.trim()) {
		theme['kk-widget-font'] = form.elements.font.value.trim().replace(/[;{}<>"]/g, '');
	}
	const what = picked ? picked.textContent : name === 'kk-evaluation' ? `${m.name} i Kommunkompassen` : `Målen i ${m.name}`;
	if (name === 'kk-goals-summary' && !form.elements.report.value) {
		delete attributes.report;
	}
	const page = name === 'kk-financial-statement' ? 'ekonomi.html' : name === 'kk-evaluation' ? 'kompassen.html' : 'mal.html';
	return { name, widget, attributes, theme, what, href: `${SITE}${page}?id=${encodeURIComponent(m.id)}` };
}

const attr = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
const text = (value) => String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;');

function scriptSnippet(s) {
	const attributes = Object.keys(s.attributes).map((name) => (s.attributes[name] === '' ? ` ${name}` : ` ${name}="${attr(s.attributes[name])}"`)).join('');
	const style = Object.keys(s.theme).map((name) => `--${name}: ${s.theme[name]}`).join('; ');
	return `<script type="module" src="${SITE}widgets.js"></script>\n`
		+ `<${s.name}${attributes}${style ? ` style="${attr(style)}"` : ''}>\n`
		+ `  <a href="${attr(s.href)}">${text(s.what)} på Kommunkollen</a>\n`
		+ `</${s.name}>`;
}

function iframeSource(s, frameId) {
	const params = new URLSearchParams();
	Object.keys(s.attributes).forEach((name) => params.set(name, s.attributes[name]));
	Object.keys(s.theme).forEach((name) => params.set(name, s.theme[name]));
	params.set('id', frameId);
	return `${SITE}embed/${s.widget.embed}.html?${params}`;
}

function frameIdOf(s) {
	return `${s.name}-${String(s.attributes[s.widget.key]).replace(/[^a-z0-9]+/gi, '-').slice(-40)}`.replace(/-+$/, '');
}

function iframeSnippet(s) {
	const frameId = frameIdOf(s);
	return `<iframe id="${attr(frameId)}" title="${attr(s.what)} – Kommunkollen" src="${attr(iframeSource(s, frameId))}"\n`
		+ `  style="border: 0; width: 100%; height: ${s.widget.height}px;" loading="lazy"></iframe>`;
}

function render() {
	const s = selection();
	const iframe = form.elements.mode.value === 'iframe';
	snippet.value = iframe ? iframeSnippet(s) : scriptSnippet(s);
	$('copy-status').textContent = '';
	if (!s.attributes[s.widget.key]) {
		preview.replaceChildren();
		return;
	}
	if (iframe) {
		const frame = document.createElement('iframe');
		frame.id = frameIdOf(s);
		frame.title = `${s.what} – Kommunkollen`;
		frame.src = iframeSource(s, frame.id);
		frame.style.cssText = `border: 0; width: 100%; height: ${s.widget.height}px;`;
		preview.replaceChildren(frame);
		return;
	}
	const element = document.createElement(s.name);
	Object.keys(s.attributes).forEach((name) => element.setAttribute(name, s.attributes[name]));
	Object.keys(s.theme).forEach((name) => element.style.setProperty('--' + name, s.theme[name]));
	const fallback = document.createElement('a');
	fallback.href = s.href;
	fallback.textContent = `${s.what} på Kommunkollen`;
	element.append(fallback);
	preview.replaceChildren(element);
}

// The preview's iframe tells its height, as it would on the web team's page.
window.addEventListener('message', (event) => {
	if (event.origin !== location.origin || !event.data || event.data.type !== 'kk-embed-height') {
		return;
	}
	const frame = document.getElementById(event.data.id);
	if (frame && preview.contains(frame)) {
		frame.style.height = event.data.height + 'px';
	}
});

$('copy').addEventListener('click', async () => {
	const status = $('copy-status');
	try {
		await navigator.clipboard.writeText(snippet.value);
		status.textContent = 'Koden är kopierad.';
	}
	catch (error) {
		snippet.focus();
		snippet.select();
		status.textContent = document.execCommand && document.execCommand('copy') ? 'Koden är kopierad.'
			: 'Det gick inte att kopiera automatiskt. Koden är markerad: kopiera den med Ctrl+C (Cmd+C på Mac).';
	}
});

let typing;
form.addEventListener('input', (event) => {
	if (event.target.id === 'font' || event.target.id === 'columns' || event.target.type === 'color') {
		clearTimeout(typing);
		typing = setTimeout(render, 400);
	}
});
form.addEventListener('change', (event) => {
	if (event.target.name === 'widget' || event.target.id === 'municipality') {
		prepare();
	}
	else {
		clearTimeout(typing);
		render();
	}
});
form.addEventListener('submit', (event) => event.preventDefault());

// The documentation shows this site's own address.
document.querySelectorAll('.kkb-docs code').forEach((code) => {
	code.textContent = code.textContent.replaceAll('https://kommunkollen.example/', SITE).replaceAll('https://kommunkollen.example', location.origin);
});

async function start() {
	form.hidden = false;
	try {
		const data = await graphql('{ municipalities { id name } }');
		const select = $('municipality');
		data.municipalities.forEach((m) => select.append(new Option(m.name, m.id)));
		const wanted = new URLSearchParams(location.search).get('kommun');
		if (wanted && data.municipalities.some((m) => m.id === wanted)) {
			select.value = wanted;
		}
	}
	catch (error) {
		loadStatus.textContent = 'Det gick inte att hämta kommunerna från Kommunkollen. Ladda om sidan om en stund.';
		return;
	}
	prepare();
}

start();
