// The overview panels: headline figures, the coverage heat map, bases by district and status and contract
// turnover. Each panel has load() (fetch and draw) and draw() (redraw the
// last data, after a change of language). Charts are drawn without animation: a big screen that redraws on
// every change should not keep moving, and a screenshot shows the figures as they are.
import { explain } from './errors.js';
import { query } from './api.js';
import { t } from './i18n.js';
import { chart, element, escapeHtml, FONT } from './dom.js';
import { PUBLISHED, sources } from './provenance.js';
import { drawer } from './drawer.js';
import { localName } from './names.js';

const STAGES = ['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM'];
const STATUSES = ['OPERATING', 'UNDER_CONSTRUCTION', 'PLANNED', 'SUSPENDED'];
const STATUS_COLOURS = { OPERATING: '#2e8b57', UNDER_CONSTRUCTION: '#e0a526', PLANNED: '#5b8ff9', SUSPENDED: '#9ca3af' };

/** Shows a failed load in the panel instead of its content, keeping the panel's place. */
function failed(panelId, error) {
  const panel = document.getElementById(panelId);
  // figures of an earlier load would read as the current ones
  panel.querySelectorAll('.chart').forEach((container) => echarts.getInstanceByDom(container)?.clear());
  panel.querySelector('.kpis')?.replaceChildren();
  panel.querySelector('.error')?.remove();
  panel.append(element('p', { class: 'error' }, explain(error)));
}

function cleared(panelId) {
  document.getElementById(panelId).querySelector('.error')?.remove();
}

export const summary = {
  data: null,
  async load() {
    try {
      const data = await query(`query DashboardSummary($published: [TieSource!]) { ecosystemSummary {
        operatingBaseCount plannedBaseCount linkCount coveredLinkCount linkCoverageRatio waitingResultCount
        districtCount districtsWithOperatingBase }
        published: chainCoverage(sources: $published) { linkCount coveredLinkCount }
        dataQuality { pendingProposals } }`, { published: PUBLISHED });
      this.data = data.ecosystemSummary;
      this.published = data.published.reduce((sum, chain) => ({ links: sum.links + chain.linkCount,
        covered: sum.covered + chain.coveredLinkCount }), { links: 0, covered: 0 });
      this.pending = data.dataQuality.pendingProposals;
      cleared('summary');
      this.draw();
    }
    catch (error) {
      this.data = null;
      failed('summary', error);
    }
  },
  draw() {
    if (!this.data) return;
    const s = this.data;
    const kpi = (key, value, name) => element('div', { class: 'kpi', 'data-kpi': name }, element('b', {}, value),
      element('span', {}, t(key)));
    document.querySelector('#summary .kpis').replaceChildren(
      kpi('kpi.operatingBases', s.operatingBaseCount, 'operatingBases'),
      kpi('kpi.plannedBases', s.plannedBaseCount, 'plannedBases'),
      kpi('kpi.linkCoverage', `${s.coveredLinkCount}/${s.linkCount} · ${Math.round(s.linkCoverageRatio * 100)}%`, 'linkCoverage'),
      kpi('kpi.waitingResults', s.waitingResultCount, 'waitingResults'),
      kpi('kpi.districts', `${s.districtsWithOperatingBase}/${s.districtCount}`, 'districts'),
      kpi('kpi.publishedCoverage', `${this.published.covered}/${this.published.links}`, 'publishedCoverage'));
    // the headline figures count every tie; say how much of the coverage published sources support, and what
    // waits for review (not counted anywhere until approved)
    document.querySelector('#summary .provenance').replaceChildren(
      element('span', { class: 'mark synthetic' }, t('provenance.summary',
        { covered: s.coveredLinkCount, published: this.published.covered })),
      element('span', { class: 'mark unreviewed', 'data-kpi': 'unreviewed' }, t('provenance.pending', { n: this.pending })));
  },
};

export const heatmap = {
  data: null,
  /** Set while printing: the width of a printed page, which the window does not have. */
  width: null,
  async load() {
    try {
      this.data = (await query(`query DashboardHeatmap($sources: [TieSource!], $published: [TieSource!]) {
        chainCoverage(sources: $sources) {
        chain { id name nameEn links { id name nameEn stage coveredBy(sources: $sources) { id status }
          publishedBy: coveredBy(sources: $published) { id status } } }
        linkCount coveredLinkCount coverageRatio operatingBaseCount waitingResultCount } }`,
      { sources: sources(), published: PUBLISHED })).chainCoverage;
      cleared('heatmap-panel');
      this.draw();
    }
    catch (error) {
      this.data = null;
      failed('heatmap-panel', error);
    }
  },
  draw() {
    if (!this.data) return;
    const rows = this.data.map((coverage) => ({
      label: `${localName(coverage.chain)}  ${coverage.coveredLinkCount}/${coverage.linkCount}`,
      chain: localName(coverage.chain),
      links: [...coverage.chain.links].sort((a, b) => STAGES.indexOf(a.stage) - STAGES.indexOf(b.stage)
        || a.name.localeCompare(b.name, 'zh-CN')),
    }));
    // columns grouped by stage: as many upstream columns as the chain with most upstream links needs, and so
    // on, so that the axis can say which stage a column is
    const widths = STAGES.map((stage) => Math.max(1, ...rows.map((row) => row.links.filter((link) => link.stage === stage).length)));
    const starts = widths.map((_, i) => widths.slice(0, i).reduce((sum, w) => sum + w, 0));
    const columns = STAGES.flatMap((stage, i) => Array.from({ length: widths[i] }, (_, k) => ({ stage, first: k === Math.floor((widths[i] - 1) / 2) })));
    const operating = (bases) => bases.filter((base) => base.status === 'OPERATING').length;
    const cells = rows.flatMap((row, y) => row.links.map((link) => {
      const published = operating(link.publishedBy);
      const unsupported = operating(link.coveredBy) > published;
      const x = starts[STAGES.indexOf(link.stage)] + row.links.filter((other) => other.stage === link.stage).indexOf(link);
      return {
        value: [x, y, operating(link.coveredBy)],
        name: localName(link),
        linkId: link.id,
        stage: link.stage,
        chain: row.chain,
        published,
        // a figure resting on ties no published source supports (synthetic, or an editor's or import's word)
        unsupported,
        ...(unsupported ? { itemStyle: { borderColor: '#b45309', borderWidth: 2, borderType: 'dashed' } } : {}),
      };
    }));
    // a cell's name fits its cell (the axis labels take about 230 px), from a phone to a big screen
    // the width to draw at: the container's, or a printed page's while printing (see app.js)
    const width = this.width ?? document.getElementById('heatmap').clientWidth;
    const labelWidth = Math.max(36, (width - 230) / columns.length - 8);
    const most = Math.max(2, ...cells.map((cell) => cell.value[2]));
    // a row per chain at a readable height, however many chains there are
    document.getElementById('heatmap').style.height = `${Math.max(200, rows.length * 40 + 130)}px`;
    chart('heatmap').resize({ width });
    chart('heatmap').setOption({
      textStyle: { fontFamily: FONT },
      animation: false,
      grid: { left: 8, right: 8, top: 8, bottom: 64, containLabel: true },
      tooltip: {
        formatter: (p) => `${escapeHtml(p.data.chain)}<br>${escapeHtml(p.data.name)}（${t(`stage.${p.data.stage}`)}）`
          + `<br>${t('heatmap.bases')}：${p.data.value[2]}`
          + `<br>${t('heatmap.published')}：${p.data.published}`,
      },
      xAxis: { type: 'category', position: 'top', data: columns.map((column) => (column.first ? t(`stage.${column.stage}`) : '')),
        axisLabel: { interval: 0, fontWeight: 'bold' }, axisTick: { show: false }, axisLine: { show: false }, splitArea: { show: true } },
      yAxis: { type: 'category', inverse: true, data: rows.map((row) => row.label), splitArea: { show: true },
        axisLabel: { width: 220, overflow: 'truncate' } },
      visualMap: {
        type: 'piecewise', dimension: 2, orient: 'horizontal', left: 'center', bottom: 0,
        pieces: [
          { value: 0, label: t('heatmap.none'), color: '#d94e5d' },
          { value: 1, label: '1', color: '#a7d7b0' },
          { min: 2, max: most, label: `≥2`, color: '#2e8b57' },
        ],
      },
      series: [{
        type: 'heatmap', data: cells,
        label: { show: true, fontSize: 11,
          width: labelWidth, overflow: 'truncate', ellipsis: '…',
          formatter: (p) => `${p.data.name}\n${p.data.value[2]}${p.data.unsupported ? ' ※' : ''}` },
        itemStyle: { borderColor: '#fff', borderWidth: 2 },
      }],
    }, true);
    // a cell opens its link's drawer (bound once: setOption does not drop handlers)
    if (!this.bound) {
      chart('heatmap').on('click', (p) => { if (p.data?.linkId) drawer.open(p.data.linkId); });
      this.bound = true;
    }
  },
};

export const districts = {
  data: null,
  async load() {
    try {
      const data = await query(`query DashboardDistricts { breakdown(kinds: [TEST_BASE], by: [DISTRICT, STATUS]) {
        total groups { keys { value label } count } } districts { code name nameEn } }`);
      this.data = data.breakdown;
      this.all = data.districts;
      cleared('districts-panel');
      this.draw();
    }
    catch (error) {
      this.data = null;
      failed('districts-panel', error);
    }
  },
  /** The bars as drawn: every district (also one without a base), then bases without a district; a series per status. */
  option() {
    const names = this.all.map((district) => district.name);
    this.data.groups.forEach((group) => {
      const name = group.keys[0].label ?? t('districts.unknown');
      if (!names.includes(name)) names.push(name);
    });
    const series = STATUSES.map((status) => ({
      name: t(`status.${status}`),
      status,
      type: 'bar',
      stack: 'bases',
      itemStyle: { color: STATUS_COLOURS[status] },
      label: { show: true, formatter: (p) => (p.value ? p.value : '') },
      data: names.map((name) => this.data.groups
        .filter((group) => (group.keys[0].label ?? t('districts.unknown')) === name && group.keys[1].value === status)
        .reduce((sum, group) => sum + group.count, 0)),
    }));
    return { names, series };
  },
  draw() {
    if (!this.data) return;
    const { names, series } = this.option();
    chart('districts').setOption({
      textStyle: { fontFamily: FONT },
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: names, axisLabel: { interval: 0, rotate: 30,
        formatter: (name) => localName(this.all.find((district) => district.name === name) ?? { name }) } },
      yAxis: { type: 'value', minInterval: 1 },
      series,
    }, true);
  },
};

export const turnover = {
  data: null,
  async load() {
    try {
      const data = await query(`query DashboardTurnover($sources: [TieSource!], $published: [TieSource!]) {
        contractTurnover(sources: $sources) { year contractCount amount growth }
        published: contractTurnover(sources: $published) { year amount } }`,
      { sources: sources(), published: PUBLISHED });
      this.data = data.contractTurnover;
      this.published = new Map(data.published.map((year) => [year.year, year.amount]));
      cleared('turnover-panel');
      this.draw();
    }
    catch (error) {
      this.data = null;
      failed('turnover-panel', error);
    }
  },
  draw() {
    if (!this.data) return;
    chart('turnover').setOption({
      textStyle: { fontFamily: FONT },
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: this.data.map((year) => String(year.year)) },
      yAxis: [{ type: 'value', name: t('turnover.amount') }, { type: 'value', name: t('turnover.count'), minInterval: 1 }],
      series: [
        { name: t('turnover.amount'), type: 'bar', itemStyle: { color: '#1d4ed8' },
          label: { show: true, position: 'top', formatter: (p) => Math.round(p.value) },
          data: this.data.map((year) => year.amount) },
        { name: t('turnover.count'), type: 'line', yAxisIndex: 1, itemStyle: { color: '#e0a526' },
          data: this.data.map((year) => year.contractCount) },
        // how much of each year's amount published sources support; the rest is synthetic or unreviewed
        { name: t('turnover.published'), type: 'bar', barGap: '-100%', itemStyle: { color: '#16a34a' },
          data: this.data.map((year) => this.published.get(year.year) ?? 0) },
      ],
    }, true);
  },
};
