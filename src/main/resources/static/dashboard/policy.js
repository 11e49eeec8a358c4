// The policy-instruments panel: the recognition pipeline (how many bases stand at each step) and, for the
// latest year with support, the bases that received the most public money against what they delivered.
import { explain } from './errors.js';
import { query } from './api.js';
import { t } from './i18n.js';
import { element } from './dom.js';

const STEPS = ['NONE', 'APPLIED', 'REGISTERED', 'ASSESSED', 'RECOGNISED', 'PROVINCIAL'];
const YEAR = 2024;

function money(value) {
  return value == null ? '–' : value.toFixed(2);
}

export const policy = {
  data: null,
  async load() {
    const panel = document.getElementById('policy-panel');
    try {
      this.data = await query(`query DashboardPolicy($year: Int!) {
        recognitionPipeline { step bases { pending } }
        supportAndDelivery(year: $year, first: 8) { base { name } support enterprisesServed pilots costPerEnterprise } }`,
      { year: YEAR });
      panel.querySelector('.error')?.remove();
      this.draw();
    }
    catch (error) {
      this.data = null;
      document.getElementById('policy').replaceChildren();
      panel.querySelector('.error')?.remove();
      panel.append(element('p', { class: 'error' }, explain(error)));
    }
  },
  draw() {
    if (!this.data) return;
    const counts = Object.fromEntries(this.data.recognitionPipeline.map((stage) => [stage.step, stage.bases.length]));
    const pipeline = element('p', { 'data-kpi': 'recognitionPipeline' },
      STEPS.map((step) => `${t(`policy.step.${step}`)} ${counts[step] ?? 0}`).join(' → '));
    const head = element('tr', {}, ['base', 'support', 'enterprises', 'pilots', 'costPerEnterprise']
      .map((column) => element('th', {}, t(`policy.${column}`))));
    const rows = this.data.supportAndDelivery.map((row) => element('tr', {},
      element('td', {}, row.base.name), element('td', {}, money(row.support)),
      element('td', {}, row.enterprisesServed), element('td', {}, row.pilots),
      element('td', {}, money(row.costPerEnterprise))));
    document.getElementById('policy').replaceChildren(pipeline,
      element('p', { class: 'note' }, t('policy.year', { year: YEAR })),
      element('table', {}, element('thead', {}, head), element('tbody', {}, rows)));
  },
};
