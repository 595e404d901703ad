// Status badges: a shape and a word, never colour alone.

import { h, hidden } from './dom.js';
import { ASSESSMENTS, TRENDS } from './vocabulary.js';

const SHAPES = {
  good: '<circle cx="8" cy="8" r="7"/><path d="M4.5 8.3l2.3 2.3 4.7-5" fill="none" stroke="#fff" stroke-width="2"/>',
  partly: '<circle cx="8" cy="8" r="6.2" fill="#fff" stroke="currentColor" stroke-width="1.6"/><path d="M8 1.8a6.2 6.2 0 0 1 0 12.4z"/>',
  poor: '<path d="M8 1l7.5 13.5h-15z"/><path d="M8 5.5v4.5M8 11.5v1.6" stroke="#fff" stroke-width="1.8"/>',
  none: '<circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" stroke-width="1.6" stroke-dasharray="2.4 2"/>',
  unknown: '<rect x="1.5" y="1.5" width="13" height="13" rx="2" fill="none" stroke="currentColor" stroke-width="1.6"/><text x="8" y="12" font-size="10" text-anchor="middle" font-weight="700">?</text>',
};

export function shapeIcon(shape) {
  const span = h('span', { class: 'kk-status__icon', 'aria-hidden': 'true' });
  span.innerHTML = `<svg viewBox="0 0 16 16" width="16" height="16" fill="currentColor" focusable="false">${SHAPES[shape] || SHAPES.unknown}</svg>`;
  return span;
}

/** A badge for a goal or area assessment: our scale's word, and the municipality's own label. */
export function assessmentBadge(assessment) {
  const level = (assessment && assessment.normalized) || 'UNKNOWN';
  const info = ASSESSMENTS[level] || ASSESSMENTS.UNKNOWN;
  const label = assessment && assessment.label;
  return h('span', { class: `kk-status kk-status--${info.shape}` },
    shapeIcon(info.shape),
    h('span', { class: 'kk-status__text' }, hidden('Bedömning: '), info.name),
    label && label.trim().toLowerCase() !== info.name.toLowerCase()
      ? h('span', { class: 'kk-status__label' }, `(kommunens ord: ”${label}”)`)
      : null);
}

/** A badge for any status with a shape: {name, shape} and an optional printed label. */
export function statusBadge(info, label, prefix = 'Status: ') {
  return h('span', { class: `kk-status kk-status--${info.shape}` },
    shapeIcon(info.shape),
    h('span', { class: 'kk-status__text' }, hidden(prefix), info.name),
    label && label.trim().toLowerCase() !== info.name.toLowerCase()
      ? h('span', { class: 'kk-status__label' }, `(”${label}”)`)
      : null);
}

export function trendBadge(trend) {
  const info = TRENDS[trend];
  if (!info) {
    return null;
  }
  return h('span', { class: 'kk-trend' }, h('span', { 'aria-hidden': 'true' }, `${info.arrow} `), info.name);
}
