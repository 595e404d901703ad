// Tables that scroll sideways on narrow screens, reachable by keyboard.

import { h, uniqueId } from './dom.js';

/**
 * A table wrapped so it scrolls sideways on narrow screens; the scroll area is focusable and
 * named by the caption so keyboard users can scroll it too.
 */
export function scrollTable(table) {
  const caption = table.querySelector('caption');
  if (caption && !caption.id) {
    caption.id = uniqueId('caption');
  }
  return h('div', { class: 'kk-table-scroll', dataset: { labelledby: caption ? caption.id : '' } }, table);
}

/**
 * A table area that scrolls sideways becomes a named region in the tab order, so keyboard
 * users can scroll it; one that fits stays out of the way. Checked again when the width changes.
 */
export function updateScrollRegions(root = document) {
  for (const area of root.querySelectorAll('.kk-table-scroll')) {
    if (area.scrollWidth > area.clientWidth + 1) {
      area.setAttribute('role', 'region');
      area.setAttribute('tabindex', '0');
      if (area.dataset.labelledby) {
        area.setAttribute('aria-labelledby', area.dataset.labelledby);
      }
    } else {
      area.removeAttribute('role');
      area.removeAttribute('tabindex');
      area.removeAttribute('aria-labelledby');
    }
  }
}

// tables in a folded section get their size when it opens ('toggle' does not bubble)
document.addEventListener('toggle', (event) => {
  if (event.target instanceof HTMLDetailsElement && event.target.open) {
    updateScrollRegions(event.target);
  }
}, true);

let resizeTimer;
window.addEventListener('resize', () => {
  clearTimeout(resizeTimer);
  resizeTimer = setTimeout(() => updateScrollRegions(), 200);
});
