// The view's filters live in the page's query string (?chain=…&district=…), so that a planner can bookmark
// or send a view and whoever opens it sees the same panels. Each write replaces the history entry: moving a
// filter is not a page to go back to.
import { t } from './i18n.js';

const params = new URLSearchParams(location.search);
const labels = new Map();

/** The value of a filter, '' when unset. */
export function viewParam(name) {
  return params.get(name) ?? '';
}

/**
 * Sets a filter (an empty value removes it) and rewrites the address; `label` is what a report states for
 * the value (a chain's name rather than its id).
 */
export function setViewParam(name, value, label) {
  if (value) {
    params.set(name, value);
    labels.set(name, label ?? value);
  }
  else {
    params.delete(name);
    labels.delete(name);
  }
  const search = params.toString();
  history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}${location.hash}`);
}

/** Remembers the readable label of a filter restored from the address, once its options are known. */
export function labelViewParam(name, label) {
  if (params.has(name)) labels.set(name, label);
}

/** The filters of the given names as readable lines, e.g. ["产业链：新能源", "区县：晋江市"]. */
export function describeFilters(names) {
  const lines = names.filter((name) => params.has(name))
    .map((name) => `${t(`filter.${name}`)}：${labels.get(name) ?? params.get(name)}`);
  return lines.length ? lines : [t('filter.none')];
}
