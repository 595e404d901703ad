// What a financial column means, read from the API's data and never from the column's
// position: its kind, its period as dates, the sign of a deviation where the report makes
// it known, and the decimals each figure was printed with.
import { h, hidden } from './dom.js';
import { formatNumber } from './format.js';

/** The GraphQL selection the finance views need. */
export const STATEMENT_FIELDS = `id kind title unit unitName latestOutcomeColumn
        unitProvenance { lineStart lineEnd }
        columns { label kind period periodStart periodEnd deviationSign unit }
        rows { id label section isSum unit unitName isRatio values scales printed provenance { lineStart lineEnd } }
        provenance { lineStart lineEnd }`;

export const COLUMN_KINDS = {
  OUTCOME: 'utfall',
  BUDGET: 'budget',
  FORECAST: 'prognos',
  BUDGET_DEVIATION: 'avvikelse mot budget',
  FORECAST_DEVIATION: 'avvikelse mot prognos',
  PERIOD_DIFFERENCE: 'skillnad mellan perioder',
  BALANCE: 'balans',
  RATIO: 'andel',
  REFERENCE: 'referens',
  OTHER: 'övrigt',
};

export const isDeviation = (column) => column.kind === 'BUDGET_DEVIATION' || column.kind === 'FORECAST_DEVIATION';

/** The decimals a cell was printed with (the API's scales), so "318 445" never becomes "318 445,0". */
export function cellDecimals(row, index) {
  const scale = row.scales ? row.scales[index] : null;
  if (scale !== null && scale !== undefined) {
    return scale;
  }
  const value = row.values[index];
  return value === null || value === undefined ? 0 : (String(value).split('.')[1] || '').length;
}

export function formatCell(row, index) {
  return formatNumber(row.values[index], cellDecimals(row, index));
}

/** Index of the column of a kind whose period ends last; -1 when there is none. */
export function latestOfKind(statement, kind) {
  if (kind === 'OUTCOME') {
    // The API's rule (finance/LatestOutcome.java): by period end, never by column order.
    const index = statement.latestOutcomeColumn;
    return index === null || index === undefined ? -1 : index;
  }
  let best = -1;
  statement.columns.forEach((column, index) => {
    if (column.kind !== kind) {
      return;
    }
    if (best < 0 || (column.periodEnd && (!statement.columns[best].periodEnd || column.periodEnd > statement.columns[best].periodEnd))) {
      best = index;
    }
  });
  return best;
}

/** true (better), false (worse) or null: only a deviation whose sign convention is known is either. */
export function deviationIsBetter(column, value) {
  const number = Number(value);
  if (!isDeviation(column) || !column.deviationSign || value === null || value === undefined || number === 0) {
    return null;
  }
  return column.deviationSign === 'POSITIVE_IS_BETTER' ? number > 0 : number < 0;
}

/**
 * A deviation cell: the sign as an arrow and in words, coloured better or worse only where
 * the sign convention is known; a difference between periods and a deviation of unknown
 * sign are shown as plain numbers.
 */
export function deviationContent(column, row, index) {
  const value = row.values[index];
  const text = formatCell(row, index);
  const better = deviationIsBetter(column, value);
  if (better === null) {
    return h('span', { class: 'kk-deviation-neutral' }, text);
  }
  const against = column.kind === 'FORECAST_DEVIATION' ? 'prognos' : 'budget';
  const up = Number(value) > 0;
  return h('span', { class: `kk-deviation kk-deviation--${better ? 'positive' : 'negative'}` },
    h('span', { 'aria-hidden': 'true' }, up ? '▲' : '▼'),
    h('span', null, text),
    hidden(better ? ` (bättre än ${against})` : ` (sämre än ${against})`));
}

/** "miljoner kronor", "kvot", or null when neither the row nor the table names a unit. */
export function rowUnitName(statement, row) {
  if (row.isRatio) {
    return 'kvot';
  }
  return row.unitName || row.unit || null;
}
