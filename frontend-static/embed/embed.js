// Iframe variant of the widgets, for sites whose CMS allows no scripts. The page holds one
// widget element; this script copies the widget's attributes from the query string, keeps the
// page title in step with the data and tells the parent page its height:
//   parent.postMessage({ type: 'kk-embed-height', height, id }, '*')
// where id is the page's own "id" parameter, so a parent with several frames knows which one.
import '../widgets.js';

const params = new URLSearchParams(location.search);
const widget = document.querySelector('[data-kk-embed]');
// The API and the site links stay this site's own: a query string must not make this origin
// show data from elsewhere.
const FORBIDDEN = new Set(['api', 'site', 'link-target']);
const allowed = customElements.get(widget.localName).observedAttributes.filter((name) => !FORBIDDEN.has(name));
const THEME = /^kk-widget-[a-z-]+$/;
const SAFE_VALUE = /^[\w\s#%.,'"()-]{1,100}$/;

allowed.forEach((name) => {
	if (params.has(name)) {
		widget.setAttribute(name, params.get(name));
	}
});
// Theming through the query string: ?kk-widget-color-link=%23004080 sets --kk-widget-color-link.
params.forEach((value, name) => {
	if (THEME.test(name) && SAFE_VALUE.test(value) && !/url\(/i.test(value)) {
		widget.style.setProperty('--' + name, value);
	}
});
// Links leave the frame rather than load the transparency site inside it.
widget.setAttribute('link-target', '_blank');

const baseTitle = document.title;
widget.addEventListener('kk-widget-load', (event) => {
	document.title = `${event.detail.title} – Kommunkollen`;
	reportHeight();
});
widget.addEventListener('kk-widget-error', () => {
	document.title = `${baseTitle} (kunde inte visas)`;
	reportHeight();
});

const frameId = params.get('id') || '';
let lastHeight = -1;
function reportHeight() {
	const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
	if (height !== lastHeight && window.parent !== window) {
		lastHeight = height;
		window.parent.postMessage({ type: 'kk-embed-height', height, id: frameId }, '*');
	}
}
// The browser may skip resize observations in a frame outside the viewport, so the height
// is also sent when the widget has drawn its data.
new ResizeObserver(reportHeight).observe(document.documentElement);
window.addEventListener('load', reportHeight);
window.addEventListener('resize', reportHeight);
