// Safe DOM building: text is always text, never HTML.

/**
 * Builds an element: h('a', {href, class}, 'text', child). Strings become text nodes (never
 * HTML); null, undefined and false children are skipped; arrays are flattened.
 */
export function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (key === 'class') {
      element.className = value;
    } else if (key === 'dataset') {
      Object.assign(element.dataset, value);
    } else if (key.startsWith('on') && typeof value === 'function') {
      element.addEventListener(key.slice(2), value);
    } else {
      element.setAttribute(key, value === true ? '' : value);
    }
  }
  append(element, children);
  return element;
}

function append(parent, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    if (Array.isArray(child)) {
      append(parent, child);
    } else if (child instanceof Node) {
      parent.append(child);
    } else {
      parent.append(document.createTextNode(String(child)));
    }
  }
}

/** Replaces the children of `container`; skips null, undefined and false like h(). */
export function fill(container, ...children) {
  container.replaceChildren();
  append(container, children);
  return container;
}

export function hidden(text) {
  return h('span', { class: 'kk-visually-hidden' }, text);
}

let idCounter = 0;
export function uniqueId(prefix = 'kk') {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}
