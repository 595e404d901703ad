// The four workloads of issue 10, each as Kommunkollen's query and the PostGraphile query that
// reads the same records in the same order, and `fromPostGraphile`, which reshapes a
// PostGraphile answer into Kommunkollen's shape so the check can compare the two exactly.
// Amounts: Kommunkollen serves JSON numbers, PostGraphile BigFloat strings ("15580.000000");
// both are read as Numbers here.

const num = (x) => (x == null ? null : Number(x));
const assessment = (x) => ({ label: x.assessmentLabel, normalized: x.assessmentLevel });
const cells = (row, part) => row.financialCellsByRowIdList.map((c) => num(c[part]));

export const W1 = {
  name: 'W1',
  title: 'municipalities { id name }',
  kk: () => ({ query: '{ municipalities { id name } }' }),
  pg: () => ({ query: '{ municipalitiesWithReportsList { id name } }' }),
  fromPostGraphile: (d) => ({ municipalities: d.municipalitiesWithReportsList }),
};

export const W2 = {
  name: 'W2',
  title: 'one municipality: reports → goals (title, assessment) → indicators → values; statements → columns, rows → values',
  kk: (p) => ({
    query: `query W2($id: ID!) { municipality(id: $id) { id name
  reports { id title
    goals { id title assessment { label normalized } indicators { id name values { kind period value } } }
    financialStatements { id title columns { label kind } rows { label isSum values } } } } }`,
    variables: { id: p.municipality },
  }),
  pg: (p) => ({
    query: `query W2($id: String!) { municipalityById(id: $id) { id name
  reportsByMunicipalityIdList(orderBy: [PERIOD_END_DESC, ID_ASC]) { id title
    goalsByReportIdList(orderBy: [SORT_ORDER_ASC, ID_ASC]) { id title assessmentLabel assessmentLevel
      indicatorsByGoalIdList(orderBy: [SORT_ORDER_ASC, ID_ASC]) { id name
        indicatorValuesByIndicatorIdList(orderBy: SORT_ORDER_ASC) { kind periodLabel amount } } }
    financialStatementsByReportIdList(orderBy: [SORT_ORDER_ASC, ID_ASC]) { id title
      financialColumnsByStatementIdList(orderBy: COLUMN_INDEX_ASC) { label kind }
      financialRowsByStatementIdList(orderBy: [ROW_INDEX_ASC, ID_ASC]) { label isSum
        financialCellsByRowIdList(orderBy: COLUMN_INDEX_ASC) { amount } } } } } }`,
    variables: { id: p.municipality },
  }),
  fromPostGraphile: (d) => {
    const m = d.municipalityById;
    return {
      municipality: m && {
        id: m.id,
        name: m.name,
        reports: m.reportsByMunicipalityIdList.map((r) => ({
          id: r.id,
          title: r.title,
          goals: r.goalsByReportIdList.map((g) => ({
            id: g.id,
            title: g.title,
            assessment: assessment(g),
            indicators: g.indicatorsByGoalIdList.map((i) => ({
              id: i.id,
              name: i.name,
              values: i.indicatorValuesByIndicatorIdList.map((v) => ({ kind: v.kind, period: v.periodLabel, value: num(v.amount) })),
            })),
          })),
          financialStatements: r.financialStatementsByReportIdList.map((s) => ({
            id: s.id,
            title: s.title,
            columns: s.financialColumnsByStatementIdList.map((c) => ({ label: c.label, kind: c.kind })),
            rows: s.financialRowsByStatementIdList.map((row) => ({ label: row.label, isSum: row.isSum, values: cells(row, 'amount') })),
          })),
        })),
      },
    };
  },
};

export const W3 = {
  name: 'W3',
  title: 'everything: all municipalities with reports, each report with areas, goals → indicators → values, commitments, initiatives, internal controls, statements → columns, rows → values/kronor/printed, evaluation → areas → questions, strengths, improvements, import warnings',
  kk: () => ({
    query: `{ municipalities { id name county code
  reports { id kind title issuer year periodStart periodEnd periodLabel registrationNumber sourceFileName lineCount
    areas { id kind perspective name assessment { label normalized } trend summary }
    goals { id level levelLabel number title analysis assessment { label normalized } trend
      indicators { id name unit betterDirection values { kind period year value printed } } }
    commitments { id text status statusLabel completion followUp }
    initiatives { id kind title status statusLabel comment }
    internalControls { id area riskTitle controlPoint result resultLabel resultText }
    financialStatements { id kind title unit unitName
      columns { label kind period periodStart periodEnd }
      rows { label section isSum values amountsInKronor printed } }
    evaluation { id year totalScore maxScore
      areas { number name score maxScore questions { code title score maxScore } strengths improvements } }
    importWarnings { line code message } } } }`,
  }),
  pg: () => ({
    query: `{ municipalitiesWithReportsList { id name county code
  reportsByMunicipalityIdList(orderBy: [PERIOD_END_DESC, ID_ASC]) { id kind title issuer reportYear periodStart periodEnd periodLabel registrationNumber sourceFileName lineCount
    areasByReportIdList(orderBy: [SORT_ORDER_ASC, ID_ASC]) { id kind perspective name assessmentLabel assessmentLevel trend summary }
    goalsByReportIdList(orderBy: [SORT_ORDER_ASC, ID_ASC]) { id goalLevel levelLabel code title analysisText assessmentLabel assessmentLevel trend
      indicatorsByGoalIdList(orderBy: [SORT_ORDER_ASC, ID_ASC]) { id name unit betterDirection
        indicatorValuesByIndicatorIdList(orderBy: SORT_ORDER_ASC) { kind periodLabel periodYear amount printed } } }
    commitmentsByReportIdList(orderBy: [SORT_ORDER_ASC, ID_ASC]) { id body statusLevel statusLabel completion followUpText }
    initiativesByReportIdList(orderBy: [SORT_ORDER_ASC, ID_ASC]) { id kind title statusLevel statusLabel commentText }
    internalControlsByReportIdList(orderBy: [SORT_ORDER_ASC, ID_ASC]) { id areaLabel riskTitle controlPoint resultLevel resultLabel resultText }
    financialStatementsByReportIdList(orderBy: [SORT_ORDER_ASC, ID_ASC]) { id kind title unit unitName
      financialColumnsByStatementIdList(orderBy: COLUMN_INDEX_ASC) { label kind periodLabel periodStart periodEnd }
      financialRowsByStatementIdList(orderBy: [ROW_INDEX_ASC, ID_ASC]) { label section isSum
        financialCellsByRowIdList(orderBy: COLUMN_INDEX_ASC) { amount amountKronor printed } } }
    evaluationsByReportIdList { id evaluationYear totalScore maxScore
      evaluationAreasByEvaluationIdList(orderBy: AREA_NUMBER_ASC) { areaNumber name score maxScore
        evaluationQuestionsByAreaIdList(orderBy: [SORT_ORDER_ASC, ID_ASC]) { code title score maxScore }
        strengths: evaluationFindingsByAreaIdList(condition: { kind: "STRENGTH" }, orderBy: SORT_ORDER_ASC) { body }
        improvements: evaluationFindingsByAreaIdList(condition: { kind: "IMPROVEMENT" }, orderBy: SORT_ORDER_ASC) { body } } }
    importWarningsByReportIdList(orderBy: SORT_ORDER_ASC) { lineNumber code message } } } }`,
  }),
  fromPostGraphile: (d) => ({
    municipalities: d.municipalitiesWithReportsList.map((m) => ({
      id: m.id,
      name: m.name,
      county: m.county,
      code: m.code,
      reports: m.reportsByMunicipalityIdList.map((r) => ({
        id: r.id,
        kind: r.kind,
        title: r.title,
        issuer: r.issuer,
        year: r.reportYear,
        periodStart: r.periodStart,
        periodEnd: r.periodEnd,
        periodLabel: r.periodLabel,
        registrationNumber: r.registrationNumber,
        sourceFileName: r.sourceFileName,
        lineCount: r.lineCount,
        areas: r.areasByReportIdList.map((a) => ({
          id: a.id, kind: a.kind, perspective: a.perspective, name: a.name, assessment: assessment(a), trend: a.trend, summary: a.summary,
        })),
        goals: r.goalsByReportIdList.map((g) => ({
          id: g.id,
          level: g.goalLevel,
          levelLabel: g.levelLabel,
          number: g.code,
          title: g.title,
          analysis: g.analysisText,
          assessment: assessment(g),
          trend: g.trend,
          indicators: g.indicatorsByGoalIdList.map((i) => ({
            id: i.id,
            name: i.name,
            unit: i.unit,
            betterDirection: i.betterDirection,
            values: i.indicatorValuesByIndicatorIdList.map((v) => ({
              kind: v.kind, period: v.periodLabel, year: v.periodYear, value: num(v.amount), printed: v.printed,
            })),
          })),
        })),
        commitments: r.commitmentsByReportIdList.map((c) => ({
          id: c.id, text: c.body, status: c.statusLevel, statusLabel: c.statusLabel, completion: c.completion, followUp: c.followUpText,
        })),
        initiatives: r.initiativesByReportIdList.map((i) => ({
          id: i.id, kind: i.kind, title: i.title, status: i.statusLevel, statusLabel: i.statusLabel, comment: i.commentText,
        })),
        internalControls: r.internalControlsByReportIdList.map((c) => ({
          id: c.id, area: c.areaLabel, riskTitle: c.riskTitle, controlPoint: c.controlPoint, result: c.resultLevel, resultLabel: c.resultLabel, resultText: c.resultText,
        })),
        financialStatements: r.financialStatementsByReportIdList.map((s) => ({
          id: s.id,
          kind: s.kind,
          title: s.title,
          unit: s.unit,
          unitName: s.unitName,
          columns: s.financialColumnsByStatementIdList.map((c) => ({
            label: c.label, kind: c.kind, period: c.periodLabel, periodStart: c.periodStart, periodEnd: c.periodEnd,
          })),
          rows: s.financialRowsByStatementIdList.map((row) => ({
            label: row.label,
            section: row.section,
            isSum: row.isSum,
            values: cells(row, 'amount'),
            amountsInKronor: cells(row, 'amountKronor'),
            printed: row.financialCellsByRowIdList.map((c) => c.printed),
          })),
        })),
        evaluation: r.evaluationsByReportIdList.length === 0 ? null : ((e) => ({
          id: e.id,
          year: e.evaluationYear,
          totalScore: e.totalScore,
          maxScore: e.maxScore,
          areas: e.evaluationAreasByEvaluationIdList.map((a) => ({
            number: a.areaNumber,
            name: a.name,
            score: a.score,
            maxScore: a.maxScore,
            questions: a.evaluationQuestionsByAreaIdList,
            strengths: a.strengths.map((f) => f.body),
            improvements: a.improvements.map((f) => f.body),
          })),
        }))(r.evaluationsByReportIdList[0]),
        importWarnings: r.importWarningsByReportIdList.map((w) => ({ line: w.lineNumber, code: w.code, message: w.message })),
      })),
    })),
  }),
};

export const W4 = {
  name: 'W4',
  title: 'one goal by id with its indicators and their values',
  kk: (p) => ({
    query: `query W4($id: ID!) { goal(id: $id) { id title level assessment { label normalized }
  indicators { id name unit values { kind period value } } } }`,
    variables: { id: p.goalId },
  }),
  pg: (p) => ({
    query: `query W4($id: String!) { goalById(id: $id) { id title goalLevel assessmentLabel assessmentLevel
  indicatorsByGoalIdList(orderBy: [SORT_ORDER_ASC, ID_ASC]) { id name unit
    indicatorValuesByIndicatorIdList(orderBy: SORT_ORDER_ASC) { kind periodLabel amount } } } }`,
    variables: { id: p.goalId },
  }),
  fromPostGraphile: (d) => ({
    goal: d.goalById && {
      id: d.goalById.id,
      title: d.goalById.title,
      level: d.goalById.goalLevel,
      assessment: assessment(d.goalById),
      indicators: d.goalById.indicatorsByGoalIdList.map((i) => ({
        id: i.id,
        name: i.name,
        unit: i.unit,
        values: i.indicatorValuesByIndicatorIdList.map((v) => ({ kind: v.kind, period: v.periodLabel, value: num(v.amount) })),
      })),
    },
  }),
};

export const WORKLOADS = [W1, W2, W3, W4];

/** Numbers of objects per list name and the sum of every number, to print beside a check. */
export function summary(data) {
  const counts = {};
  let sum = 0;
  const walk = (x, key) => {
    if (Array.isArray(x)) {
      counts[key] = (counts[key] || 0) + x.length;
      x.forEach((y) => walk(y, key));
    } else if (x && typeof x === 'object') {
      for (const [k, v] of Object.entries(x)) walk(v, k);
    } else if (typeof x === 'number') {
      sum += x;
    }
  };
  walk(data, 'data');
  return { counts, sum };
}

/** The first path where a and b differ, or null when they are equal. */
export function firstDifference(a, b, path = '') {
  if (a === b) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: ${a.length} items vs ${b.length}`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) {
      const d = firstDifference(a[k], b[k], `${path}.${k}`);
      if (d) return d;
    }
    return null;
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 120)} vs ${JSON.stringify(b)?.slice(0, 120)}`;
}
