// Numbers and names written the Swedish way.

const numberFormats = new Map();

function numberFormat(decimals) {
  if (!numberFormats.has(decimals)) {
    numberFormats.set(decimals, new Intl.NumberFormat('sv-SE', {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    }));
  }
  return numberFormats.get(decimals);
}

/** Number of decimals a value is written with ("-237.2" -> 1). */
export function decimalsOf(value) {
  if (value === null || value === undefined || value === '') {
    return 0;
  }
  const text = String(value);
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

/** "−237,2", "15 580": Swedish grouping, decimal comma and a real minus sign. */
export function formatNumber(value, decimals = decimalsOf(value)) {
  if (value === null || value === undefined || value === '') {
    return '';
  }
  const number = Number(value);
  if (!Number.isFinite(number)) {
    return String(value);
  }
  return numberFormat(Math.min(decimals, 6)).format(number);
}

/** A value with its unit: "7,5 %", "77", "3 455 kr". */
export function formatWithUnit(value, unit, decimals) {
  const number = formatNumber(value, decimals);
  if (!unit || !number) {
    return number;
  }
  const trimmed = unit.trim();
  if (trimmed === '%') {
    return `${number}\u00a0%`;
  }
  if (/^(index|antal|st)$/i.test(trimmed)) {
    return number;
  }
  return `${number}\u00a0${trimmed}`;
}

/** For CSV: decimal comma, no grouping, hyphen-minus (what Swedish Excel reads as a number). */
export function csvNumber(value) {
  if (value === null || value === undefined || value === '') {
    return '';
  }
  return String(value).replace('.', ',');
}

const UNIT_NAMES = {
  mnkr: 'miljoner kronor',
  mkr: 'miljoner kronor',
  mnr: 'miljoner kronor',
  mdkr: 'miljarder kronor',
  tkr: 'tusen kronor',
  kr: 'kronor',
};

/** The unit spelled out: the API's unitName, else our own reading of the printed unit. */
export function unitName(unit, name) {
  if (name) {
    return name;
  }
  if (!unit) {
    return null;
  }
  return UNIT_NAMES[unit.trim().toLowerCase().replace(/\.$/, '')] || unit;
}

export function plural(count, one, many) {
  return `${formatNumber(count, 0)} ${count === 1 ? one : many}`;
}

export function normalizeName(text) {
  return (text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().trim();
}
