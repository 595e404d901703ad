// Swedish words for the API's enums, and counts by assessment.

import { plural } from './format.js';

export const REPORT_KINDS = {
  EVALUATION: 'Utvärdering enligt Kommunkompassen',
  INTERIM_REPORT: 'Delårsrapport',
  ANNUAL_REPORT: 'Verksamhetsberättelse',
  CLOSING_ACCOUNTS: 'Bokslut',
};

// The words for the shared assessment scale. widgets.js carries the same words (it is one file
// for other sites to load); e2e/tests/vocabulary.test.mjs fails when the two differ.
export const ASSESSMENTS = {
  GOOD: { name: 'Går bra', explain: 'Målet nås eller är på rätt väg.', shape: 'good' },
  PARTLY: { name: 'Delvis', explain: 'Målet nås delvis eller är delvis på rätt väg.', shape: 'partly' },
  POOR: { name: 'Brister', explain: 'Målet nås inte eller har brister.', shape: 'poor' },
  NOT_ASSESSED: { name: 'Inte bedömt', explain: 'Rapporten säger att det inte har bedömts.', shape: 'none' },
  UNKNOWN: { name: 'Okänt', explain: 'Rapporten ger ingen bedömning som går att läsa säkert: den saknas, eller en symbol försvann när rapporten gjordes om till text.', shape: 'unknown' },
};
export const ASSESSMENT_ORDER = ['GOOD', 'PARTLY', 'POOR', 'NOT_ASSESSED', 'UNKNOWN'];

/** Levels that are an assessment the report makes (not "not assessed", not unknown). */
export const ASSESSED_LEVELS = ['GOOD', 'PARTLY', 'POOR'];

export const AREA_KINDS = {
  MUNICIPAL_TASK: ['kommunens uppgift', 'kommunens uppgifter'],
  PROCESS_AREA: ['processområde', 'processområden'],
  TARGET_AREA: ['målområde', 'målområden'],
  OTHER: ['område', 'områden'],
};

/**
 * Records ({assessment: {normalized, label}}) counted by level, with the labels the report
 * printed: [{normalized, count, labels}] in the scale's order.
 */
export function countAssessments(records) {
  const counts = new Map();
  for (const record of records) {
    const level = (record.assessment && record.assessment.normalized) || 'UNKNOWN';
    const count = counts.get(level) || { normalized: level, count: 0, labels: [] };
    count.count += 1;
    const label = record.assessment && record.assessment.label;
    if (label && !count.labels.includes(label)) {
      count.labels.push(label);
    }
    counts.set(level, count);
  }
  return ASSESSMENT_ORDER.filter((level) => counts.has(level)).map((level) => counts.get(level));
}

/** The areas of a report that the report assesses, and how; null when it assesses none. */
export function assessedAreas(report) {
  const areas = report.areas || [];
  const assessed = areas.filter((area) => area.assessment && ASSESSED_LEVELS.includes(area.assessment.normalized));
  if (!assessed.length) {
    return null;
  }
  const kinds = new Set(assessed.map((area) => area.kind));
  const kind = kinds.size === 1 ? [...kinds][0] : 'OTHER';
  return { areas, assessed, kind, counts: countAssessments(assessed) };
}

/** "9 processområden" */
export function areaWords(count, kind) {
  const [one, many] = AREA_KINDS[kind] || AREA_KINDS.OTHER;
  return plural(count, one, many);
}

export const GOAL_LEVELS = {
  COUNCIL: { name: 'KF-mål', explain: 'Mål som kommunfullmäktige (KF), kommunens högsta beslutande politiska församling, har beslutat.' },
  BOARD: { name: 'Nämndmål', explain: 'Mål som en nämnd eller kommunstyrelsen har beslutat för sin egen verksamhet.' },
  PROCESS: { name: 'Processmål', explain: 'Mål för flera år (ofta fyra) inom ett processområde.' },
  EMPLOYEE: { name: 'Medarbetarmål', explain: 'Mål för kommunen som arbetsgivare: sjukfrånvaro, engagemang, ledarskap.' },
  OTHER: { name: 'Övriga mål', explain: 'Mål på en annan nivå.' },
};
export const GOAL_LEVEL_ORDER = ['COUNCIL', 'BOARD', 'PROCESS', 'EMPLOYEE', 'OTHER'];

export const TRENDS = {
  BETTER: { arrow: '↗', name: 'Bättre än förra året' },
  UNCHANGED: { arrow: '→', name: 'Oförändrat mot förra året' },
  WORSE: { arrow: '↘', name: 'Sämre än förra året' },
};

export const COMMITMENT_STATUSES = {
  DONE: { name: 'Klart', shape: 'good' },
  IN_PROGRESS: { name: 'Pågår', shape: 'partly' },
  DELAYED: { name: 'Försenat', shape: 'poor' },
  NOT_STARTED: { name: 'Inte påbörjat', shape: 'none' },
  CANCELLED: { name: 'Avbrutet', shape: 'poor' },
  UNKNOWN: { name: 'Status saknas', shape: 'unknown' },
};

export const CONTROL_RESULTS = {
  NO_DEVIATION: { name: 'Utan avvikelse', shape: 'good' },
  MINOR_DEVIATION: { name: 'Mindre avvikelse', shape: 'partly' },
  MAJOR_DEVIATION: { name: 'Större avvikelse', shape: 'poor' },
  NOT_PERFORMED: { name: 'Inte genomförd', shape: 'none' },
  UNKNOWN: { name: 'Resultat saknas', shape: 'unknown' },
};

export const INITIATIVE_KINDS = {
  PRIORITY: 'Prioriterad satsning',
  DIRECTED_ASSIGNMENT: 'Riktat uppdrag',
  BUDGET_DIRECTION: 'Inriktning i Mål och budget',
};

const VALUE_KIND_WORDS = { BASELINE: 'Startläge', OUTCOME: 'Utfall', TARGET: 'Mål' };

/** "Utfall aug 2023": the column header as printed, with the kind of value when it lacks it. */
export function valueLabel(value) {
  const period = (value.period || '').trim();
  const word = VALUE_KIND_WORDS[value.kind] || '';
  if (!period) {
    return word;
  }
  if (/^(startläge|utfall|mål|bokslut|prognos|budget)/i.test(period)) {
    return period;
  }
  return `${word} ${period}`.trim();
}

export const STATEMENT_KINDS = {
  INCOME_STATEMENT: 'Resultaträkning',
  OPERATING_ACCOUNT: 'Driftredovisning',
  INVESTMENT_ACCOUNT: 'Investeringsredovisning',
  BALANCE_SHEET: 'Balansräkning',
  KEY_FIGURES: 'Nyckeltal utan tabellhuvud',
  OTHER: 'Annan tabell',
};

/** What a search hit is, in the order the search page offers them. */
export const SEARCH_KINDS = {
  GOAL: 'Mål',
  COMMITMENT: 'Åtaganden',
  INITIATIVE: 'Satsningar och uppdrag',
  INDICATOR: 'Indikatorer',
  INTERNAL_CONTROL: 'Intern kontroll',
  AREA: 'Områden',
  EVALUATION_FINDING: 'Kommunkompassen',
  REPORT_TEXT: 'Rapporternas text',
};
