// The path explorer: a broker picks two entities by search (suggestions from `search`) and sees the
// `partnerPaths` between them drawn as a graph, one row per path, shared entities drawn once.
import { explain } from './errors.js';
import { query } from './api.js';
import { currentLanguage, t } from './i18n.js';
import { relationLabel } from './relations.js';
import { why } from './bases.js';
import { chart, debounce, element, escapeHtml, FONT } from './dom.js';

const KINDS = ['INSTITUTE', 'ENTERPRISE', 'TEST_BASE', 'RESULT', 'INDUSTRY_CHAIN', 'CHAIN_LINK', 'BROKER',
  'TRANSFER_AGENCY', 'DEMAND', 'FUND', 'PARK'];
/** One colour per kind, in the order of KINDS: ECharts' palette has nine, and two kinds would share one. */
export const KIND_COLOURS = ['#5470c6', '#fac858', '#2e8b57', '#ee6666', '#73c0de', '#91cc75', '#fc8452',
  '#9a60b4', '#ea7ccc', '#8b5a2b', '#6b7280'];

/** A search box whose chosen entity's id is kept in input.dataset.id. */
function picker(input, onChange) {
  const list = input.parentElement.querySelector('.suggestions');
  const choose = (hit) => {
    input.value = hit.entity.name;
    input.dataset.id = hit.entity.id;
    list.hidden = true;
    onChange();
  };
  const suggest = debounce(async () => {
    const text = input.value.trim();
    if (!text) {
      list.hidden = true;
      return;
    }
    try {
      const hits = (await query(`query Suggest($text: String!) {
        search(text: $text, first: 8) { score match { methods field snippet similarity } entity { id kind name } } }`, { text })).search;
      list.replaceChildren(...hits.map((hit) => {
        const item = element('li', { 'data-id': hit.entity.id, title: hit.entity.name }, hit.entity.name,
          element('small', {}, t(`kind.${hit.entity.kind}`)), element('small', { class: 'why' }, why(hit)));
        // mousedown, not click: it comes before the input loses focus and hides the list
        item.addEventListener('mousedown', (event) => {
          event.preventDefault();
          choose(hit);
        });
        return item;
      }));
      list.hidden = hits.length === 0;
    }
    catch (error) {
      list.replaceChildren(element('li', { class: 'error' }, explain(error)));
      list.hidden = false;
    }
  }, 250);
  input.addEventListener('input', () => {
    delete input.dataset.id;
    onChange();
    suggest();
  });
  input.addEventListener('blur', () => { list.hidden = true; });
}

export const paths = {
  data: null,
  hops: null,
  bind() {
    const from = document.getElementById('path-from');
    const to = document.getElementById('path-to');
    const button = document.getElementById('path-find');
    const update = () => { button.disabled = !(from.dataset.id && to.dataset.id); };
    picker(from, update);
    picker(to, update);
    document.getElementById('paths-form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.load();
    });
  },
  /** Finds the paths between the chosen entities; does nothing until both are chosen. */
  async load() {
    const from = document.getElementById('path-from').dataset.id;
    const to = document.getElementById('path-to').dataset.id;
    if (!from || !to) return;
    this.hops = Number(document.getElementById('path-hops').value);
    const summaryLine = document.getElementById('path-summary');
    try {
      this.data = (await query(`query DashboardPaths($from: ID!, $to: ID!, $maxHops: Int) {
        partnerPaths(from: $from, to: $to, maxHops: $maxHops, first: 5) {
          hops strength nodes { id kind name } relationships { type from to } } }`,
      { from, to, maxHops: this.hops })).partnerPaths;
      summaryLine.classList.remove('error');
      this.draw();
    }
    catch (error) {
      // the old paths would read as the answer to the new question
      this.data = null;
      chart('path-graph').clear();
      document.getElementById('path-list').replaceChildren();
      delete summaryLine.dataset.count;
      summaryLine.classList.add('error');
      summaryLine.textContent = explain(error);
    }
  },
  draw() {
    if (!this.data) return;
    const summaryLine = document.getElementById('path-summary');
    summaryLine.dataset.count = this.data.length;
    summaryLine.dataset.shortest = this.data.length ? this.data[0].hops : '';
    summaryLine.textContent = this.data.length
      ? t('paths.found', { n: this.data.length, hops: this.data[0].hops })
      : t('paths.none', { hops: this.hops });

    // one row per path, each entity where it first appears, alternate entities a little lower so that
    // labels do not collide; positions are in pixels, so ECharts draws them at scale 1 in a box of their size
    const container = document.getElementById('path-graph');
    const columns = Math.max(2, ...this.data.map((path) => path.nodes.length));
    const step = Math.max(120, (container.clientWidth - 240) / (columns - 1));
    const index = new Map();
    const nodes = [];
    const links = new Map();
    this.data.forEach((path, row) => {
      path.nodes.forEach((node, column) => {
        if (!index.has(node.id)) {
          index.set(node.id, nodes.length);
          const end = column === 0 || column === path.nodes.length - 1;
          nodes.push({ id: node.id, name: node.name, kind: node.kind, category: KINDS.indexOf(node.kind),
            x: column * step, y: row * 90 + (column % 2) * 30, symbolSize: end ? 28 : 18 });
        }
      });
      path.relationships.forEach((tie) => {
        const key = `${tie.from}-${tie.type}-${tie.to}`;
        if (!links.has(key)) {
          links.set(key, { source: index.get(tie.from), target: index.get(tie.to), type: tie.type });
        }
      });
    });
    const width = (columns - 1) * step;
    const height = Math.max(30, ...nodes.map((node) => node.y));
    container.style.height = `${height + 140}px`;
    chart('path-graph').resize();
    chart('path-graph').setOption({
      textStyle: { fontFamily: FONT },
      animation: false,
      tooltip: {
        formatter: (p) => (p.dataType === 'node'
          ? `${escapeHtml(p.data.name)}<br>${t(`kind.${p.data.kind}`)} · ${escapeHtml(p.data.id)}`
          : escapeHtml(relationLabel(p.data.type, currentLanguage()))),
      },
      // every kind has its entry, so that the colours read the same from one search to the next
      legend: { top: 0, data: KINDS.map((kind) => t(`kind.${kind}`)) },
      series: [{
        type: 'graph', layout: 'none', roam: true, top: 64, left: 120, width, height,
        categories: KINDS.map((kind, i) => ({ name: t(`kind.${kind}`), itemStyle: { color: KIND_COLOURS[i] } })),
        data: nodes,
        links: [...links.values()],
        edgeSymbol: ['none', 'arrow'],
        // long names wrap under their node instead of being cut; the tooltip has the id too
        label: { show: true, position: 'bottom', width: Math.max(100, step - 16), overflow: 'break', formatter: (p) => p.data.name },
        edgeLabel: { show: true, fontSize: 10, formatter: (p) => relationLabel(p.data.type, currentLanguage()) },
        lineStyle: { width: 2, curveness: 0.1 },
      }],
    }, true);
    document.getElementById('path-list').replaceChildren(...this.data.map((path) => element('li', {},
      path.nodes.map((node) => node.name).join(' → '), '　', element('small', {},
        t('paths.item', { hops: path.hops, strength: path.strength.toFixed(2) })))));
  },
};
