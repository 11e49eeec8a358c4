// Where the figures come from. Every tie in the graph says whether a document or public page supports it,
// or whether it is synthetic filler, an editor's word or an import's (see the TieSource enum). The dashboard
// marks figures that rest on ties no published source supports, and "只看公开数据" hides them: the panels
// then ask the API for published ties only (SOURCE_DOCUMENT and PUBLIC). The choice is kept in localStorage.

export const PUBLISHED = ['SOURCE_DOCUMENT', 'PUBLIC'];

let publishedOnly = localStorage.getItem('pilotgraph.publishedOnly') === 'true';

export function isPublishedOnly() {
  return publishedOnly;
}

export function setPublishedOnly(value) {
  publishedOnly = value;
  localStorage.setItem('pilotgraph.publishedOnly', String(value));
  document.body.dataset.publishedOnly = String(value);
}

/** The `sources` argument of the panels' queries: published ties only, or null for every tie. */
export function sources() {
  return publishedOnly ? PUBLISHED : null;
}
