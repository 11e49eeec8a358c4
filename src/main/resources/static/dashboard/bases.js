// The list of bases. Without search text it lists the bases (by status); with text it asks `search`, which
// finds bases by meaning and by words (锂电池 finds the battery bases, a typo or a pinyin-free English word
// still finds by meaning), and each hit says why it matched. The text and status live in the address.
import { explain } from './errors.js';
import { query } from './api.js';
import { t } from './i18n.js';
import { debounce, element } from './dom.js';
import { sources } from './provenance.js';
import { exportButton } from './report.js';
import { labelViewParam, setViewParam, viewParam } from './view.js';
import { localName } from './names.js';

const SEARCH_HITS = 50;

/** Why a hit matched, in the page's language: the methods, the field and its snippet, the score. */
export function why(hit) {
  const methods = hit.match.methods.map((method) => t(`match.${method}`)).join('＋');
  const field = hit.match.field ? `${t(`match.field.${hit.match.field}`)}：${hit.match.snippet ?? ''}` : '';
  return [`${methods} · ${t('match.score')} ${hit.score.toFixed(2)}`, field].filter(Boolean).join('　');
}

export const bases = {
  data: null,
  /** Counts the requests, so that an answer to text typed earlier cannot overwrite a later one. */
  asked: 0,
  bind() {
    const text = document.getElementById('bases-text');
    const status = document.getElementById('bases-status');
    text.value = viewParam('q');
    status.value = viewParam('status');
    labelViewParam('status', status.selectedOptions[0]?.textContent);
    const reload = debounce(() => this.load(), 300);
    text.addEventListener('input', () => {
      setViewParam('q', text.value.trim());
      reload();
    });
    status.addEventListener('change', () => {
      setViewParam('status', status.value, status.selectedOptions[0]?.textContent);
      this.load();
    });
    document.getElementById('bases-form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.load();
    });
    exportButton('bases-panel', {
      file: 'pilot-bases', titleKey: 'bases.title', filters: ['q', 'status'],
      table: () => ({
        header: ['name', 'status', 'district', 'covers', 'why'].map((key) => t(`bases.${key}`)),
        rows: this.data.rows.map((row) => [row.base.name, t(`status.${row.base.status}`), localName(row.base.district),
          row.base.covers.map(localName).join('、'), row.hit ? why(row.hit) : '']),
      }),
    });
  },
  async load() {
    const text = viewParam('q');
    const status = viewParam('status');
    const fields = 'id name status openToPublic district { name nameEn } covers(sources: $sources) { name nameEn }';
    const ticket = ++this.asked;
    try {
      if (text) {
        const hits = (await query(`query DashboardBaseSearch($text: String!, $status: [String!], $sources: [TieSource!]) {
          search(text: $text, kinds: [TEST_BASE], status: $status, first: ${SEARCH_HITS}) {
            score match { methods field snippet similarity } entity { ... on TestBase { ${fields} } } } }`,
        { text, status: status ? [status] : null, sources: sources() })).search;
        if (ticket !== this.asked) return;
        this.data = { total: hits.length, searched: true, rows: hits.map((hit) => ({ base: hit.entity, hit })) };
      }
      else {
        const found = (await query(`query DashboardBases($filter: TestBaseFilter, $sources: [TieSource!]) {
          testBases(first: 100, filter: $filter) { totalCount edges { node { ${fields} } } } }`,
        { filter: { status: status ? [status] : null }, sources: sources() })).testBases;
        if (ticket !== this.asked) return;
        this.data = { total: found.totalCount, searched: false, rows: found.edges.map(({ node }) => ({ base: node })) };
      }
      document.getElementById('bases-panel').querySelector('.error')?.remove();
      this.draw();
    }
    catch (error) {
      if (ticket !== this.asked) return;
      this.data = null;
      document.querySelector('#bases tbody').replaceChildren();
      document.getElementById('bases-total').textContent = '';
      const panel = document.getElementById('bases-panel');
      panel.querySelector('.error')?.remove();
      panel.append(element('p', { class: 'error' }, explain(error)));
    }
  },
  draw() {
    if (!this.data) return;
    document.getElementById('bases-total').textContent = t(this.data.searched ? 'bases.found' : 'bases.total', { n: this.data.total });
    document.querySelector('#bases tbody').replaceChildren(...this.data.rows.map(({ base, hit }) => element('tr', { 'data-id': base.id },
      element('td', { title: base.name }, base.name, hit ? element('small', { class: 'why' }, why(hit)) : ''),
      element('td', {}, t(`status.${base.status}`)),
      element('td', {}, localName(base.district)),
      element('td', {}, base.covers.map(localName).join('、')))));
  },
};
