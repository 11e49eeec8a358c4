// Base performance (绩效评价): for a chosen year, the computed ranking of `baseRanking` with each criterion's
// value, the score formula of docs/assessment.md with the weights in force, and each top base's score over
// the years; plus each base's operating model and recognition level.
import { explain } from './errors.js';
import { query } from './api.js';
import { t } from './i18n.js';
import { chart, element, FONT } from './dom.js';
import { exportButton } from './report.js';
import { setViewParam, viewParam } from './view.js';

const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
const CRITERIA = ['SERVICES', 'ENTERPRISES', 'PILOTS', 'INDUSTRY', 'OPENNESS'];
const TREND_BASES = 5;

function year() {
  const chosen = Number(viewParam('year'));
  return YEARS.includes(chosen) ? chosen : YEARS.at(-1);
}

export const performance = {
  data: null,
  bind() {
    const select = document.getElementById('performance-year');
    select.replaceChildren(...YEARS.map((y) => element('option', { value: y }, y)));
    select.value = year();
    select.addEventListener('change', () => {
      setViewParam('year', select.value);
      this.load();
    });
    exportButton('performance-panel', {
      file: 'base-performance', titleKey: 'performance.title', filters: ['year'],
      table: () => ({
        header: ['rank', 'base', 'score', 'grade'].map((key) => t(`performance.${key}`))
          .concat(CRITERIA.map((c) => t(`criterion.${c}`)), [t('performance.model'), t('performance.recognition')]),
        rows: this.data.ranking.map((row) => [row.rank, row.base.name, row.score, t(`grade.${row.grade}`),
          ...CRITERIA.map((c) => this.part(row, c).value), this.model(row.base), this.recognition(row.base)]),
      }),
    });
  },
  async load() {
    const panel = document.getElementById('performance-panel');
    const chosen = year();
    try {
      // every year's ranking in one request (an alias per year) for the trend
      const data = await query(`query DashboardPerformance {
        assessmentCriteria { version weights { criterion weight } }
        ${YEARS.map((y) => `y${y}: baseRanking(year: ${y}, first: 100) { rank score grade
          base { id name operatingModel recognition }
          parts { criterion value best weight points } }`).join('\n')} }`);
      this.data = { criteria: data.assessmentCriteria, year: chosen, ranking: data[`y${chosen}`],
        byYear: Object.fromEntries(YEARS.map((y) => [y, data[`y${y}`]])) };
      panel.querySelector('.error')?.remove();
      this.draw();
    }
    catch (error) {
      this.data = null;
      document.querySelector('#performance tbody').replaceChildren();
      panel.querySelector('.error')?.remove();
      panel.append(element('p', { class: 'error' }, explain(error)));
    }
  },
  part(row, criterion) {
    return row.parts.find((part) => part.criterion === criterion) ?? { value: 0, points: 0 };
  },
  model(base) {
    return base.operatingModel ? t(`model.${base.operatingModel}`) : '–';
  },
  recognition(base) {
    return base.recognition ? t(`recognition.${base.recognition}`) : '–';
  },
  draw() {
    if (!this.data) return;
    const { criteria, ranking } = this.data;
    document.getElementById('performance-formula').textContent = t('performance.formula', {
      version: criteria.version,
      weights: criteria.weights.map((w) => `${t(`criterion.${w.criterion}`)} ${w.weight}`).join('，'),
    });
    document.querySelector('#performance thead').replaceChildren(element('tr', {},
      ['rank', 'base', 'score', 'grade'].map((key) => element('th', {}, t(`performance.${key}`))),
      CRITERIA.map((c) => element('th', { class: 'number' }, t(`criterion.${c}`))),
      element('th', {}, t('performance.model')), element('th', {}, t('performance.recognition'))));
    document.querySelector('#performance tbody').replaceChildren(...ranking.map((row) => element('tr', { 'data-base': row.base.id },
      element('td', { class: 'number' }, row.rank), element('td', {}, row.base.name),
      element('td', { class: 'number', 'data-score': row.score }, row.score.toFixed(2)), element('td', {}, t(`grade.${row.grade}`)),
      CRITERIA.map((c) => {
        const part = this.part(row, c);
        return element('td', { class: 'number', title: `${part.value} / ${part.best} × ${part.weight} = ${part.points}` }, part.value);
      }),
      element('td', {}, this.model(row.base)), element('td', {}, this.recognition(row.base)))));
    const top = ranking.slice(0, TREND_BASES);
    chart('performance-trend').setOption({
      textStyle: { fontFamily: FONT },
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { bottom: 0, type: 'scroll' },
      grid: { left: 8, right: 16, top: 32, bottom: 32, containLabel: true },
      xAxis: { type: 'category', data: YEARS.map(String) },
      yAxis: { type: 'value', name: t('performance.score'), min: 0, max: 100 },
      series: top.map((row) => ({
        name: row.base.name, type: 'line', connectNulls: false,
        data: YEARS.map((y) => this.data.byYear[y].find((other) => other.base.id === row.base.id)?.score ?? null),
      })),
    }, true);
  },
};
