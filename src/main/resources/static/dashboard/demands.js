// 揭榜挂帅: the demands on the challenge list, what they are funded with (the solvers' funding), and for a
// chosen demand the results and institutes `demandSolvers` finds could solve it.
import { explain } from './errors.js';
import { query } from './api.js';
import { t } from './i18n.js';
import { element } from './dom.js';
import { exportButton } from './report.js';

function money(value) {
  return value == null ? '–' : Number(value).toFixed(2);
}

export const demands = {
  data: null,
  open: null,
  bind() {
    exportButton('demands-panel', {
      file: 'challenge-demands', titleKey: 'demands.title',
      table: () => ({
        header: ['name', 'postedBy', 'year', 'status', 'budget', 'funding', 'solvers'].map((key) => t(`demands.${key}`)),
        rows: this.data.map((d) => [d.name, d.postedBy?.name ?? '', d.year ?? '', t(`demandStatus.${d.status}`),
          d.budget ?? '', this.funding(d), d.solutions.map((s) => s.solver.name).join('、')]),
      }),
    });
  },
  funding(demand) {
    return demand.solutions.reduce((sum, solution) => sum + (solution.funding ?? 0), 0);
  },
  async load() {
    const panel = document.getElementById('demands-panel');
    try {
      this.data = (await query(`query DashboardDemands { demands(first: 100, filter: { challengeList: true }) {
        edges { node { id name year budget status postedBy { name } chainLinks { name }
          solutions { solver { id name } funding year } } } } }`)).demands.edges.map((edge) => edge.node);
      panel.querySelector('.error')?.remove();
      this.draw();
    }
    catch (error) {
      this.data = null;
      document.querySelector('#demands tbody').replaceChildren();
      panel.querySelector('.error')?.remove();
      panel.append(element('p', { class: 'error' }, explain(error)));
    }
  },
  draw() {
    if (!this.data) return;
    const budget = this.data.reduce((sum, d) => sum + (d.budget ?? 0), 0);
    const funded = this.data.reduce((sum, d) => sum + this.funding(d), 0);
    document.getElementById('demands-total').textContent = t('demands.total', { n: this.data.length, budget: money(budget), funded: money(funded) });
    document.querySelector('#demands tbody').replaceChildren(...this.data.flatMap((d) => {
      const button = element('button', { type: 'button', class: 'link' }, t('demands.findSolvers'));
      const row = element('tr', { 'data-demand': d.id },
        element('td', { title: d.chainLinks.map((link) => link.name).join('、') }, d.name),
        element('td', {}, d.postedBy?.name ?? ''), element('td', {}, d.year ?? ''),
        element('td', {}, t(`demandStatus.${d.status}`)),
        element('td', { class: 'number' }, money(d.budget)), element('td', { class: 'number' }, money(this.funding(d))),
        element('td', {}, d.solutions.map((s) => s.solver.name).join('、')), element('td', {}, button));
      const detail = element('tr', { class: 'solvers', 'data-solvers': d.id, hidden: this.open !== d.id },
        element('td', { colSpan: 8 }, element('p', { class: 'note' }, t('drawer.loading'))));
      button.addEventListener('click', () => this.solvers(d.id, detail));
      return [row, detail];
    }));
  },
  async solvers(demandId, detail) {
    this.open = demandId;
    detail.hidden = false;
    const cell = detail.firstChild;
    try {
      const matches = (await query(`query DashboardSolvers($id: ID!) { demandSolvers(demandId: $id, first: 5) {
        score reasons solver { id name kind } } }`, { id: demandId })).demandSolvers;
      cell.replaceChildren(matches.length
        ? element('ul', {}, matches.map((m) => element('li', { 'data-id': m.solver.id }, m.solver.name,
          element('small', {}, `${t(`kind.${m.solver.kind}`)} · ${t('drawer.score')} ${m.score.toFixed(2)} · ${m.reasons.join('；')}`))))
        : element('p', { class: 'note' }, t('demands.noSolvers')));
    }
    catch (error) {
      cell.replaceChildren(element('p', { class: 'error' }, explain(error)));
    }
  },
};
