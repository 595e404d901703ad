// Corrections: a value an editor corrected says so beside it, with the date, the reason and
// what the report printed, and links to the report's change list.

import { h } from './dom.js';
import { ASSESSMENTS, COMMITMENT_STATUSES, CONTROL_RESULTS } from './vocabulary.js';

/** The fields of Report.changes a page needs to show the corrections of its values. */
export const CHANGE_FIELDS = 'changes { kind changedAt recordType recordId field reason printedValue }';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];

/** "1 dec 2026", in Swedish time. */
export function formatDate(iso) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/Stockholm', day: 'numeric', month: 'numeric', year: 'numeric',
  }).formatToParts(new Date(iso)).map((part) => [part.type, part.value]));
  return `${Number(parts.day)} ${MONTHS[Number(parts.month) - 1]} ${parts.year}`;
}

/** A value of the trail in words: a status's Swedish name, a decimal as printed. */
export function valueText(field, value) {
  if (value === null || value === undefined || value === '') {
    return 'inget värde';
  }
  const names = field === 'ASSESSMENT' ? ASSESSMENTS : field === 'STATUS' ? COMMITMENT_STATUSES
    : field === 'RESULT' ? CONTROL_RESULTS : null;
  return names && names[value] ? names[value].name.toLowerCase() : value;
}

export function changesHref(reportId) {
  return `andringar.html?${new URLSearchParams({ rapport: reportId })}`;
}

const inEffect = new WeakMap();

/**
 * The corrections in effect on a report's current version, by record and field: those made
 * after its latest import or replacement (a new version starts again from its own text).
 */
function correctionsOf(report) {
  if (!inEffect.has(report)) {
    const corrections = new Map();
    for (const change of report.changes || []) {
      if (change.kind === 'IMPORT' || change.kind === 'REPLACEMENT') {
        corrections.clear();
      } else if (change.kind === 'CORRECTION') {
        corrections.set(`${change.recordType}|${change.recordId}|${change.field}`, change);
      }
    }
    inEffect.set(report, corrections);
  }
  return inEffect.get(report);
}

/** The latest correction in effect of one value, or undefined. */
export function correctionOf(report, recordType, recordId, field) {
  return correctionsOf(report).get(`${recordType}|${recordId}|${field}`);
}

/**
 * "Rättad 1 dec 2026: <reason> (tidigare <printed value>)", linking to the report's change
 * list; null when the value is not corrected.
 */
export function correctionNote(report, recordType, recordId, field, { tag = 'p' } = {}) {
  const change = correctionOf(report, recordType, recordId, field);
  if (!change) {
    return null;
  }
  return h(tag, { class: 'kk-correction' },
    `Rättad ${formatDate(change.changedAt)}: ${change.reason} (tidigare ${valueText(field, change.printedValue)}). `,
    h('a', { href: changesHref(report.id) }, 'Ändringar i rapporten'));
}
