// Small SVG charts. Each is an image with a title and a description in words (role="img"),
// and each page shows the same figures in a table beside it. Series differ by shape and
// pattern as well as colour.
import { uniqueId } from './dom.js';
import { formatNumber, formatWithUnit } from './format.js';
import { valueLabel } from './vocabulary.js';

const SVG = 'http://www.w3.org/2000/svg';

function s(tag, attributes, ...children) {
  const element = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attributes || {})) {
    if (value !== null && value !== undefined) {
      element.setAttribute(key, value);
    }
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

function chartRoot({ width, height, title, description, className }) {
  const titleId = uniqueId('chart-title');
  const descId = uniqueId('chart-desc');
  return s('svg', {
    class: `kk-chart ${className || ''}`.trim(),
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    role: 'img',
    'aria-labelledby': `${titleId} ${descId}`,
    focusable: 'false',
    preserveAspectRatio: 'xMinYMin meet',
  }, s('title', { id: titleId }, title), s('desc', { id: descId }, description));
}

function hatch(id) {
  return s('pattern', { id, width: 5, height: 5, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    s('rect', { width: 5, height: 5, class: 'kk-chart__hatch-bg' }),
    s('line', { x1: 0, y1: 0, x2: 0, y2: 5, class: 'kk-chart__hatch-line' }));
}

/** The width the main column offers a chart, so that its text is drawn at its real size. */
export function availableWidth(max = 720) {
  const main = document.querySelector('main');
  const width = main ? main.clientWidth - 32 : 640;
  return Math.round(Math.max(288, Math.min(max, width)));
}

const SWATCH = {
  budget: '<rect x="1" y="1" width="18" height="12" fill="#fff" stroke="#1b1b1b" stroke-width="2"/>',
  outcome: '<rect x="1" y="1" width="18" height="12" fill="#00507a" stroke="#1b1b1b"/>',
  forecast: '<defs><pattern id="SWID" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="5" height="5" fill="#fff"/><line x1="0" y1="0" x2="0" y2="5" stroke="#1b1b1b" stroke-width="2.2"/></pattern></defs><rect x="1" y="1" width="18" height="12" fill="url(#SWID)" stroke="#1b1b1b"/>',
  other: '<rect x="1" y="1" width="18" height="12" fill="#9aa3ad" stroke="#1b1b1b"/>',
};

/** A legend in HTML (it wraps on narrow screens): a swatch per series and its name. */
export function chartLegend(series) {
  const list = document.createElement('ul');
  list.className = 'kk-chart-legend';
  for (const serie of series) {
    const item = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.setAttribute('aria-hidden', 'true');
    const id = uniqueId('swatch');
    swatch.innerHTML = `<svg width="20" height="14" viewBox="0 0 20 14" focusable="false">${(SWATCH[serie.style] || SWATCH.other).replaceAll('SWID', id)}</svg>`;
    item.append(swatch, document.createTextNode(serie.label));
    list.append(item);
  }
  return list;
}

/** Splits a label into lines of at most `max` characters, at spaces where possible. */
export function wrapLabel(text, max) {
  const lines = [];
  let line = '';
  for (const word of String(text).split(/\s+/)) {
    if (line && (line.length + 1 + word.length) > max) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) {
    lines.push(line);
  }
  return lines.length ? lines : [''];
}

/** A text element with one tspan per line; `lineHeight` in px. */
function multiline(lines, attributes, lineHeight = 17) {
  return s('text', attributes, lines.map((line, index) => s('tspan', { x: attributes.x, dy: index === 0 ? 0 : lineHeight }, line)));
}

const LABEL_CHAR_WIDTH = 9;

function niceRange(min, max) {
  if (min === max) {
    return min === 0 ? [0, 1] : [Math.min(0, min), Math.max(0, max)];
  }
  return [min, max];
}

// ---------------------------------------------------------------------------------------------
// An indicator: baseline and outcomes as a line, each target as a dashed line

/**
 * values: [{kind: BASELINE|OUTCOME|TARGET, period, value}] in printed order.
 * Returns null when there is nothing to draw.
 */
export function indicatorChart({ name, unit, betterDirection, values }) {
  const measured = values.filter((v) => v.kind !== 'TARGET' && v.value !== null && v.value !== undefined);
  const targets = values.filter((v) => v.kind === 'TARGET' && v.value !== null && v.value !== undefined);
  if (measured.length === 0 && targets.length === 0) {
    return null;
  }
  const numbers = [...measured, ...targets].map((v) => Number(v.value));
  const decimals = Math.max(0, ...[...measured, ...targets].map((v) => (String(v.value).split('.')[1] || '').length));
  // The scale fits the values (each point carries its value as text), so that a change from
  // 7,6 to 7,5 % is visible; it does not pretend to start at zero.
  let low = Math.min(...numbers);
  let high = Math.max(...numbers);
  const pad = (high - low) * 0.25 || Math.abs(high) * 0.1 || 1;
  low -= pad;
  high += pad;

  const width = 320;
  const height = 170;
  const left = 8;
  const right = 92;
  const top = 20;
  const bottom = 40;
  const plotWidth = width - left - right;
  const plotHeight = height - top - bottom;
  const y = (value) => top + plotHeight - ((value - low) / (high - low)) * plotHeight;
  const step = measured.length > 1 ? plotWidth / (measured.length - 1) : 0;
  const x = (index) => left + (measured.length > 1 ? index * step : plotWidth / 2);
  const format = (value) => formatWithUnit(value, unit, decimals);
  // on the chart itself only short units (%, kr); the description and the table say the rest
  const short = (value) => formatWithUnit(value, unit && unit.trim().length <= 3 ? unit : null, decimals);

  const parts = [
    ...measured.map((v) => `${valueLabel(v)}: ${format(v.value)}`),
    ...targets.map((v) => `${valueLabel(v)}: ${format(v.value)}`),
  ];
  const direction = betterDirection === 'LOWER' ? ' Lägre värden är bättre.' : betterDirection === 'HIGHER' ? ' Högre värden är bättre.' : '';
  const svg = chartRoot({
    width,
    height,
    title: `${name}: utfall jämfört med mål`,
    description: `${parts.join('. ')}.${direction}`,
    className: 'kk-chart--indicator',
  });

  svg.append(s('line', { x1: left, x2: left + plotWidth, y1: y(low), y2: y(low), class: 'kk-chart__axis' }));

  targets.forEach((target, index) => {
    const ty = y(Number(target.value));
    svg.append(s('line', { x1: left, x2: left + plotWidth, y1: ty, y2: ty, class: 'kk-chart__target' }));
    svg.append(s('text', { x: left + plotWidth + 6, y: ty + 4 + index * 0, class: 'kk-chart__label' },
      `${targets.length > 1 ? valueLabel(target) : 'Mål'} ${short(target.value)}`));
  });

  if (measured.length > 1) {
    const outcomes = measured.map((v, index) => `${x(index)},${y(Number(v.value))}`).join(' ');
    svg.append(s('polyline', { points: outcomes, class: 'kk-chart__line' }));
  }
  measured.forEach((v, index) => {
    const cx = x(index);
    const cy = y(Number(v.value));
    if (v.kind === 'BASELINE') {
      svg.append(s('rect', { x: cx - 4.5, y: cy - 4.5, width: 9, height: 9, class: 'kk-chart__baseline' }));
    } else {
      svg.append(s('circle', { cx, cy, r: 4.5, class: 'kk-chart__point' }));
    }
    const anchor = index === 0 && measured.length > 1 ? 'start' : 'middle';
    // the value goes on the side away from the nearest target line
    const nearest = targets.map((t) => y(Number(t.value))).sort((a, b) => Math.abs(a - cy) - Math.abs(b - cy))[0];
    const below = nearest !== undefined && nearest < cy && cy + 20 < top + plotHeight;
    svg.append(s('text', { x: cx, y: below ? cy + 18 : cy - 9, 'text-anchor': anchor, class: 'kk-chart__value' }, short(v.value)));
    svg.append(s('text', { x: cx, y: height - bottom + 16, 'text-anchor': anchor, class: 'kk-chart__tick' }, shortPeriod(v)));
  });
  return svg;
}

function shortPeriod(value) {
  if (value.kind === 'BASELINE') {
    return 'Start';
  }
  return valueLabel(value).replace(/^Utfall\s*/i, '') || valueLabel(value);
}

// ---------------------------------------------------------------------------------------------
// Amounts per row: budget, outcome and forecast side by side, around a zero line

const SERIES_STYLES = ['budget', 'outcome', 'forecast', 'other'];

/**
 * series: [{label, style: 'budget'|'outcome'|'forecast'}], rows: [{label, values: [n|null]}]
 * aligned with series. unitText: "miljoner kronor".
 */
export function groupedBarChart({ title, series, rows, unitText, decimals = 0, width = availableWidth() }) {
  const labelHeight = 18;
  const barHeight = 12;
  const barGap = 3;
  const groupGap = 14;
  const legendHeight = 6;
  const margin = 70;
  const maxChars = Math.max(12, Math.floor(width / LABEL_CHAR_WIDTH));
  const labels = rows.map((row) => wrapLabel(row.label, maxChars));
  const groupHeights = labels.map((lines) => labelHeight + (lines.length - 1) * 17 + series.length * (barHeight + barGap) + groupGap);
  const tops = groupHeights.map((_, index) => legendHeight + groupHeights.slice(0, index).reduce((sum, value) => sum + value, 0));
  const height = legendHeight + groupHeights.reduce((sum, value) => sum + value, 0) + 8;
  const all = rows.flatMap((row) => row.values).filter((v) => v !== null && v !== undefined).map(Number);
  const [low, high] = niceRange(Math.min(0, ...all), Math.max(0, ...all));
  const plotLeft = low < 0 ? margin : 8;
  const plotRight = width - (high > 0 ? margin : 8);
  const xScale = (value) => plotLeft + ((value - low) / (high - low)) * (plotRight - plotLeft);
  const zero = xScale(0);
  const patternId = uniqueId('hatch');

  const description = rows.map((row) => `${row.label}: ${series.map((serie, index) => `${serie.label} ${row.values[index] === null || row.values[index] === undefined ? 'saknas' : formatNumber(row.values[index], decimals)}`).join(', ')}`).join('. ');
  const svg = chartRoot({
    width,
    height,
    title: `${title} (${unitText})`,
    description: `${description}.`,
    className: 'kk-chart--bars',
  });
  svg.append(s('defs', null, hatch(patternId)));

  rows.forEach((row, rowIndex) => {
    const top = tops[rowIndex];
    const extra = (labels[rowIndex].length - 1) * 17;
    svg.append(multiline(labels[rowIndex], { x: 0, y: top + 13, class: 'kk-chart__row-label' }));
    series.forEach((serie, index) => {
      const value = row.values[index];
      const barY = top + extra + labelHeight + index * (barHeight + barGap);
      if (value === null || value === undefined) {
        const leftSide = zero > width / 2;
        svg.append(s('text', {
          x: leftSide ? zero - 4 : zero + 4,
          y: barY + barHeight - 2,
          'text-anchor': leftSide ? 'end' : 'start',
          class: 'kk-chart__value kk-chart__value--missing',
        }, `${serie.label}: saknas`));
        return;
      }
      const number = Number(value);
      const end = xScale(number);
      const style = SERIES_STYLES.includes(serie.style) ? serie.style : 'other';
      svg.append(s('rect', {
        x: Math.min(zero, end),
        y: barY,
        width: Math.max(1, Math.abs(end - zero)),
        height: barHeight,
        class: `kk-chart__bar kk-chart__bar--${style}`,
        fill: style === 'forecast' ? `url(#${patternId})` : null,
      }));
      const negative = number < 0;
      svg.append(s('text', {
        x: negative ? Math.min(zero, end) - 4 : Math.max(zero, end) + 4,
        y: barY + barHeight - 2,
        'text-anchor': negative ? 'end' : 'start',
        class: 'kk-chart__value',
      }, formatNumber(number, decimals)));
    });
  });
  svg.append(s('line', { x1: zero, x2: zero, y1: legendHeight - 2, y2: height - 4, class: 'kk-chart__zero' }));
  return svg;
}

// ---------------------------------------------------------------------------------------------
// Scores out of a maximum, with an optional comparison marker

/**
 * items: [{label, score, max, compare}] where compare is an optional second value (an average)
 * drawn as a diamond on a vertical tick.
 */
export function scoreChart({ title, description, items, compareLabel, width = availableWidth() }) {
  const rowHeight = 40;
  const top = compareLabel ? 26 : 6;
  const labelWidth = 0;
  const barLeft = 8;
  const barRight = width - 84;
  const maxChars = Math.max(12, Math.floor(width / LABEL_CHAR_WIDTH));
  const labels = items.map((item) => wrapLabel(item.label, maxChars));
  const offsets = labels.map((_, index) => labels.slice(0, index).reduce((sum, lines) => sum + (lines.length - 1) * 17, 0));
  const height = top + items.length * rowHeight + offsets[offsets.length - 1] + (labels[labels.length - 1].length - 1) * 17 + 4;
  const svg = chartRoot({ width, height, title, description, className: 'kk-chart--scores' });
  if (compareLabel) {
    svg.append(s('path', { d: 'M8 4l6 6-6 6-6-6z', class: 'kk-chart__compare', transform: 'translate(0 0)' }));
    svg.append(s('text', { x: 20, y: 15, class: 'kk-chart__label' }, compareLabel));
  }
  items.forEach((item, index) => {
    const labelY = top + index * rowHeight + offsets[index];
    const y = labelY + (labels[index].length - 1) * 17;
    const scale = (value) => barLeft + (value / item.max) * (barRight - barLeft - labelWidth);
    svg.append(multiline(labels[index], { x: barLeft, y: labelY + 12, class: 'kk-chart__row-label' }));
    svg.append(s('rect', { x: barLeft, y: y + 17, width: barRight - barLeft, height: 14, class: 'kk-chart__track' }));
    svg.append(s('rect', { x: barLeft, y: y + 17, width: Math.max(1, scale(item.score) - barLeft), height: 14, class: 'kk-chart__bar kk-chart__bar--outcome' }));
    svg.append(s('text', { x: barRight + 6, y: y + 29, class: 'kk-chart__value' }, `${formatNumber(item.score, 0)} av ${formatNumber(item.max, 0)}`));
    if (item.compare !== null && item.compare !== undefined) {
      const cx = scale(Number(item.compare));
      svg.append(s('path', { d: `M${cx} ${y + 14}l6 10-6 10-6-10z`, class: 'kk-chart__compare' }));
    }
  });
  return svg;
}

// ---------------------------------------------------------------------------------------------
// Shares of a whole, one bar per municipality (goal status on the common scale)

/** rows: [{label, parts: [{key, name, count}]}]; styles by key: good, partly, poor, none, unknown. */
export function stackedShareChart({ title, rows, width = availableWidth() }) {
  const rowHeight = 46;
  const height = rows.length * rowHeight + 4;
  const left = 8;
  const right = width - 8;
  const description = rows.map((row) => {
    const total = row.parts.reduce((sum, part) => sum + part.count, 0);
    return `${row.label}: ${row.parts.filter((p) => p.count).map((p) => `${p.name} ${p.count} av ${total}`).join(', ') || 'inga mål'}`;
  }).join('. ');
  const svg = chartRoot({ width, height, title, description: `${description}.`, className: 'kk-chart--shares' });
  const patternId = uniqueId('hatch');
  svg.append(s('defs', null, hatch(patternId)));
  rows.forEach((row, index) => {
    const y = index * rowHeight;
    const total = row.parts.reduce((sum, part) => sum + part.count, 0);
    svg.append(s('text', { x: left, y: y + 13, class: 'kk-chart__row-label' }, wrapLabel(row.label, Math.floor(width / LABEL_CHAR_WIDTH))[0]));
    let x = left;
    for (const part of row.parts) {
      if (!part.count || !total) {
        continue;
      }
      const w = ((right - left) * part.count) / total;
      svg.append(s('rect', {
        x, y: y + 18, width: w, height: 22,
        class: `kk-chart__share kk-chart__share--${part.key}`,
        fill: part.key === 'partly' ? `url(#${patternId})` : null,
      }));
      if (w > 26) {
        svg.append(s('text', { x: x + w / 2, y: y + 34, 'text-anchor': 'middle', class: `kk-chart__share-text kk-chart__share-text--${part.key}` }, String(part.count)));
      }
      x += w;
    }
  });
  return svg;
}
