// Runs axe-core in a page and reports WCAG 2.1 A/AA violations.
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';

const require = createRequire(import.meta.url);
const AXE_SOURCE_PATH = require.resolve('axe-core/axe.min.js');
let axeSource;

export const WCAG21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Runs axe-core on the whole document; returns the violations (empty when the page passes). */
export async function axeViolations(page, { tags = WCAG21_AA, exclude = [] } = {}) {
  axeSource ??= await readFile(AXE_SOURCE_PATH, 'utf8');
  const hasAxe = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!hasAxe) {
    await page.evaluate(axeSource);
  }
  return page.evaluate(async ({ tags, exclude }) => {
    const context = exclude.length ? { exclude: exclude.map((selector) => [selector]) } : document;
    const result = await window.axe.run(context, {
      runOnly: { type: 'tag', values: tags },
      resultTypes: ['violations'],
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.slice(0, 5).map((node) => ({
        target: node.target.join(' '),
        summary: node.failureSummary,
      })),
    }));
  }, { tags, exclude });
}

/** A readable list of violations for an assertion message. */
export function formatViolations(violations) {
  return violations.map((violation) => [
    `${violation.id} (${violation.impact}): ${violation.help}`,
    ...violation.nodes.map((node) => `  at ${node.target}\n    ${(node.summary || '').replace(/\n/g, '\n    ')}`),
  ].join('\n')).join('\n');
}
