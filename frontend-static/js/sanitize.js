// The API's HTML fragments, rebuilt with an allow-list of tags.

import { h } from './dom.js';

const SAFE_TAGS = new Set(['P', 'UL', 'OL', 'LI', 'EM', 'STRONG', 'BR', 'I', 'B', 'MARK']);
const DROPPED_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'IFRAME', 'OBJECT']);

/**
 * The API's sanitised HTML (p, ul, ol, li, em, strong, br; mark in search snippets), rebuilt element by element with no
 * attributes, so nothing but those tags can reach the page even if the API were wrong.
 */
export function safeHtml(html) {
  const template = document.createElement('template');
  template.innerHTML = html || '';
  const fragment = document.createDocumentFragment();
  const copy = (source, target) => {
    for (const node of source.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        target.append(document.createTextNode(node.textContent));
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        if (DROPPED_TAGS.has(node.tagName)) {
          continue;
        }
        if (SAFE_TAGS.has(node.tagName)) {
          const tag = node.tagName === 'I' ? 'em' : node.tagName === 'B' ? 'strong' : node.tagName.toLowerCase();
          const element = document.createElement(tag);
          copy(node, element);
          target.append(element);
        } else {
          copy(node, target);
        }
      }
    }
  };
  copy(template.content, fragment);
  return fragment;
}

/** Text as paragraphs: the sanitised HTML when there is some, else the plain text by lines. */
export function richText(html, text) {
  if (html) {
    return h('div', { class: 'kk-prose' }, safeHtml(html));
  }
  if (!text) {
    return null;
  }
  return h('div', { class: 'kk-prose' }, text.split(/\n{1,}/).filter((line) => line.trim()).map((line) => h('p', null, line)));
}
