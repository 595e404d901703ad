// The page's URL parameters and links between the site's pages.

export function param(name) {
  const value = new URLSearchParams(location.search).get(name);
  return value === null ? null : value.trim();
}

export function params(name) {
  return new URLSearchParams(location.search).getAll(name).map((v) => v.trim()).filter(Boolean);
}

/** A link to a page of the site for the current municipality. */
export function pageHref(page, municipalityId, extra = {}) {
  const search = new URLSearchParams();
  if (municipalityId) {
    search.set('id', municipalityId);
  }
  for (const [key, value] of Object.entries(extra)) {
    if (value !== null && value !== undefined && value !== '') {
      search.set(key, value);
    }
  }
  const query = search.toString();
  return query ? `${page}?${query}` : page;
}
