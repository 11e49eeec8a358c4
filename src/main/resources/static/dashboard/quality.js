// The data-quality panel: per kind, how many entities lack a district, a description, a source note or any
// tie, and how many are stale; and how many editors' proposals wait for review. A dash where a kind has no
// such field.
import { explain } from './errors.js';
import { query } from './api.js';
import { t } from './i18n.js';
import { element } from './dom.js';

const COLUMNS = ['total', 'withoutDistrict', 'withoutDescription', 'withoutSourceNote', 'withoutTies', 'stale'];

export const quality = {
  data: null,
  async load() {
    const panel = document.getElementById('quality-panel');
    try {
      this.data = (await query(`query DashboardQuality { dataQuality { pendingProposals
        kinds { kind total withoutDistrict withoutDescription withoutSourceNote withoutTies stale } } }`)).dataQuality;
      panel.querySelector('.error')?.remove();
      this.draw();
    }
    catch (error) {
      this.data = null;
      document.getElementById('quality').replaceChildren();
      panel.querySelector('.error')?.remove();
      panel.append(element('p', { class: 'error' }, explain(error)));
    }
  },
  draw() {
    if (!this.data) return;
    const head = element('tr', {}, element('th', {}, t('quality.kind')),
      COLUMNS.map((column) => element('th', {}, t(`quality.${column}`))));
    const rows = this.data.kinds.filter((kind) => kind.total > 0).map((kind) => element('tr', { 'data-kind': kind.kind },
      element('td', {}, t(`kind.${kind.kind}`)),
      COLUMNS.map((column) => element('td', {}, kind[column] ?? '–'))));
    document.getElementById('quality').replaceChildren(
      element('p', { 'data-kpi': 'pendingProposals' }, t('quality.pending', { n: this.data.pendingProposals })),
      element('table', {}, element('thead', {}, head), element('tbody', {}, rows)));
  },
};
