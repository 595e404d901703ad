// Reading figures out of the page's tables the way a person would: by caption, row and column.

/**
 * The text of one cell, spaces normalised (no-break spaces become plain ones).
 * caption, row and column are strings (contained, case-insensitive) or RegExps:
 * `caption` picks the table, `row` a row whose header or any cell matches, `column` a header.
 * Throws with what the page has when something is not found, so a failing test says why.
 */
export async function tableCell(page, { caption, row, column }) {
  const pattern = (value) => (value instanceof RegExp ? { source: value.source, flags: value.flags } : { text: value });
  return page.evaluate(({ caption, row, column }) => {
    const clean = (text) => (text || '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
    const matches = (text, wanted) => (wanted.source !== undefined
      ? new RegExp(wanted.source, wanted.flags).test(clean(text))
      : clean(text).toLowerCase().includes(wanted.text.toLowerCase()));
    const tables = [...document.querySelectorAll('table')];
    const table = tables.find((t) => matches(t.caption ? t.caption.textContent : '', caption));
    if (!table) {
      throw new Error(`no table with caption ${JSON.stringify(caption)}; captions: ${tables.map((t) => clean(t.caption && t.caption.textContent)).join(' | ')}`);
    }
    const headerRow = table.tHead ? table.tHead.rows[table.tHead.rows.length - 1] : table.rows[0];
    const headers = [...headerRow.cells];
    const columnIndex = headers.findIndex((cell) => matches(cell.textContent, column));
    if (columnIndex < 0) {
      throw new Error(`no column ${JSON.stringify(column)} in "${clean(table.caption.textContent)}"; headers: ${headers.map((c) => clean(c.textContent)).join(' | ')}`);
    }
    const bodyRows = [...table.rows].filter((r) => r.parentElement !== table.tHead);
    const complete = bodyRows.filter((r) => r.cells.length === headers.length);
    const found = complete.find((r) => matches(r.cells[0].textContent, row))
      || complete.find((r) => [...r.cells].some((cell) => matches(cell.textContent, row)));
    if (!found) {
      throw new Error(`no row ${JSON.stringify(row)} in "${clean(table.caption.textContent)}"; rows: ${bodyRows.map((r) => clean(r.cells[0].textContent)).join(' | ')}`);
    }
    return clean(found.cells[columnIndex].textContent);
  }, { caption: pattern(caption), row: pattern(row), column: pattern(column) });
}

/** Swedish number text as printed on the site: "−237,2" (a real minus sign, decimal comma). */
export function swedish(text) {
  return text.replace(/-/g, '\u2212');
}
