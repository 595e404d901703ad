// Provenance: every figure links to the lines of the report it came from.

import { h } from './dom.js';

export function sourceHref(reportId, provenance) {
  const search = new URLSearchParams({ report: reportId });
  if (provenance && provenance.lineStart) {
    search.set('from', provenance.lineStart);
    search.set('to', provenance.lineEnd || provenance.lineStart);
  }
  return `kalla.html?${search}`;
}

export function lineRange(provenance) {
  if (!provenance || !provenance.lineStart) {
    return '';
  }
  const { lineStart, lineEnd } = provenance;
  return !lineEnd || lineEnd === lineStart ? `rad ${lineStart}` : `rad ${lineStart}–${lineEnd}`;
}

/** "Källa: rad 975–997", linking to the source page with those lines highlighted. */
export function sourceLink(reportId, provenance, { short = false } = {}) {
  if (!reportId || !provenance) {
    return null;
  }
  const range = lineRange(provenance);
  // The short form shows "rad 84" in a table's Källa column; its name still says what it is.
  return h('a', {
    class: 'kk-source-link',
    href: sourceHref(reportId, provenance),
    'aria-label': short ? `Källa: ${range}` : null,
  }, short ? range : `Källa: ${range}`);
}
