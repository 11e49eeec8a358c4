// The gap explorer: the chain links no operating base covers, filtered by chain, district and stage (the
// filters live in the address), each row opening the link's drawer. With a district, a link is a gap when no
// operating base located in that district covers it (`coverageGaps(district:)`).
import { explain } from './errors.js';
import { query } from './api.js';
import { t } from './i18n.js';
import { element } from './dom.js';
import { isPublishedOnly, sources } from './provenance.js';
import { exportButton } from './report.js';
import { labelViewParam, setViewParam, viewParam } from './view.js';
import { drawer } from './drawer.js';
import { localName } from './names.js';

export const STAGES = ['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM'];
export const GAP_FILTERS = ['chain', 'district', 'stage'];

/** Fills a select with options after its first ("all") one, then selects the view's value. */
function fill(select, options, param) {
  select.replaceChildren(select.options[0], ...options.map(({ value, label }) => element('option', { value }, label)));
  select.value = viewParam(param);
  labelViewParam(param, options.find((option) => option.value === select.value)?.label ?? select.value);
}

/** The planned bases of a gap as the table shows them (and the export writes them). */
function planned(gap) {
  return gap.plannedBases.map((base) => `${base.name}（${t(`status.${base.status}`)}）`).join('、');
}

export const gaps = {
  data: null,
  /** Counts the requests, so that the answer to an earlier filter cannot overwrite a later one. */
  asked: 0,
  choices: null,
  bind() {
    GAP_FILTERS.forEach((param) => {
      const select = document.getElementById(`gaps-${param}`);
      select.value = viewParam(param);
      select.addEventListener('change', () => {
        setViewParam(param, select.value, select.selectedOptions[0]?.textContent);
        this.load();
        document.dispatchEvent(new CustomEvent('view-changed', { detail: param }));
      });
    });
    exportButton('gaps-panel', {
      file: 'coverage-gaps', titleKey: 'gaps.title', filters: GAP_FILTERS,
      table: () => ({
        header: ['link', 'stage', 'chain', 'waiting', 'enterprises', 'planned'].map((key) => t(`gaps.${key}`)),
        rows: this.shown().map((gap) => [localName(gap.link), t(`stage.${gap.link.stage}`), localName(gap.link.chain),
          gap.waitingResultCount, gap.enterpriseCount, planned(gap)]),
      }),
    });
  },
  async load() {
    const panel = document.getElementById('gaps-panel');
    const ticket = ++this.asked;
    try {
      const data = await query(`query DashboardGaps($chainId: ID, $district: String, $sources: [TieSource!]) {
        coverageGaps(chainId: $chainId, district: $district, first: 100, sources: $sources) {
          link { id name nameEn stage chain { id name nameEn } } waitingResultCount enterpriseCount
          plannedBases { id name status } }
        industryChains(first: 100) { edges { node { id name nameEn } } }
        districts { code name nameEn } }`,
      { chainId: viewParam('chain') || null, district: viewParam('district') || null, sources: sources() });
      if (ticket !== this.asked) return;
      this.data = data.coverageGaps;
      this.choices = { chains: data.industryChains.edges.map((edge) => edge.node), districts: data.districts };
      panel.querySelector('.error')?.remove();
      this.draw();
    }
    catch (error) {
      if (ticket !== this.asked) return;
      // old rows would read as the answer to the new filters
      this.data = null;
      document.querySelector('#gaps tbody').replaceChildren();
      document.getElementById('gaps-total').textContent = '';
      panel.querySelector('.error')?.remove();
      panel.append(element('p', { class: 'error' }, explain(error)));
    }
  },
  /** The gaps under the stage filter, which the API leaves to the page. */
  shown() {
    const stage = viewParam('stage');
    return (this.data ?? []).filter((gap) => !stage || gap.link.stage === stage);
  },
  draw() {
    if (!this.data) return;
    fill(document.getElementById('gaps-chain'), this.choices.chains.map((chain) => ({ value: chain.id, label: localName(chain) })), 'chain');
    fill(document.getElementById('gaps-district'), this.choices.districts.map((district) => ({ value: district.name, label: localName(district) })), 'district');
    fill(document.getElementById('gaps-stage'), STAGES.map((stage) => ({ value: stage, label: t(`stage.${stage}`) })), 'stage');
    const shown = this.shown();
    const total = document.getElementById('gaps-total');
    total.dataset.count = shown.length;
    total.textContent = t(isPublishedOnly() ? 'gaps.totalPublished' : 'gaps.total', { n: shown.length });
    document.querySelector('#gaps tbody').replaceChildren(...shown.map((gap) => {
      const row = element('tr', { 'data-link': gap.link.id, tabIndex: 0, class: 'clickable' },
        element('td', { title: gap.link.name }, localName(gap.link)),
        element('td', {}, t(`stage.${gap.link.stage}`)),
        element('td', { title: gap.link.chain.name }, localName(gap.link.chain)),
        element('td', { class: 'number' }, gap.waitingResultCount),
        element('td', { class: 'number' }, gap.enterpriseCount),
        element('td', {}, planned(gap)));
      row.addEventListener('click', () => drawer.open(gap.link.id));
      row.addEventListener('keydown', (event) => { if (event.key === 'Enter') drawer.open(gap.link.id); });
      return row;
    }));
  },
};
