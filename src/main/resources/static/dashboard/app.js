// The dashboard: draws every panel from the public GraphQL API, then listens to the `changes` subscription
// and reloads just the panels a committed write can have altered, without reloading the page.
import { subscribe } from './api.js';
import { currentLanguage, setLanguage, t, translatePage } from './i18n.js';
import { element } from './dom.js';
import { embedding } from './embedding.js';
import { districts, heatmap, summary, turnover } from './panels.js';
import { bases } from './bases.js';
import { GAP_FILTERS, gaps } from './gaps.js';
import { drawer } from './drawer.js';
import { districtMap } from './districts.js';
import { performance as basePerformance } from './performance.js';
import { demands } from './demands.js';
import { printHeading } from './report.js';
import { bindOverviewExports } from './exports.js';
import { viewParam } from './view.js';
import { paths } from './paths.js';
import { policy } from './policy.js';
import { quality } from './quality.js';
import { isPublishedOnly, setPublishedOnly } from './provenance.js';

const PANELS = [summary, heatmap, gaps, districtMap, districts, turnover, basePerformance, demands, quality, policy, bases, paths];

// Which panels show each area of the Change type's `affects` (see live.graphqls).
const PANELS_BY_AREA = {
  // every write can fill or open a gap of the data-quality panel; it follows the entity areas
  COVERAGE: [summary, heatmap, gaps, districtMap, quality],
  BASES: [summary, districtMap, districts, bases, quality, policy, basePerformance],
  RESULTS: [summary, gaps, districtMap, quality],
  CONTRACTS: [turnover],
  PATHS: [paths],
};

const changeLog = [];

function drawChangeLog() {
  const list = document.getElementById('change-log');
  if (changeLog.length === 0) {
    list.replaceChildren(element('li', { class: 'note' }, t('changes.none')));
    return;
  }
  list.replaceChildren(...changeLog.map((change) => element('li', { 'data-type': change.type },
    `${new Date(change.at).toLocaleTimeString(currentLanguage() === 'zh' ? 'zh-CN' : 'en-GB')}　`,
    `${t(`change.${change.type}`)}　`,
    change.kinds.map((kind) => t(`kind.${kind}`)).join('、'),
    change.relation ? `（${change.relation}）` : '',
    change.entityIds.length ? `　${change.entityIds.join(' → ')}` : '')));
}

function onChange({ changes: change }) {
  changeLog.unshift(change);
  changeLog.length = Math.min(changeLog.length, 10);
  drawChangeLog();
  const due = new Set(change.affects.flatMap((area) => PANELS_BY_AREA[area] ?? []));
  due.forEach((panel) => panel.load());
  // a write or an import queues entities for embedding
  embedding.watch();
}

function showLiveState(state) {
  const badge = document.getElementById('live-status');
  badge.dataset.state = state;
  badge.dataset.i18n = `live.${state}`;
  badge.textContent = t(`live.${state}`);
}

async function start() {
  translatePage();
  drawChangeLog();
  document.getElementById('language').addEventListener('click', () => {
    setLanguage(currentLanguage() === 'zh' ? 'en' : 'zh');
    translatePage();
    drawChangeLog();
    embedding.draw();
    PANELS.forEach((panel) => panel.draw());
    drawer.draw();
  });
  [gaps, drawer, districtMap, basePerformance, demands, bases, paths].forEach((panel) => panel.bind());
  bindOverviewExports();
  // the printed page starts with the bureau, the date and the filters of the view
  const FILTERS = [...GAP_FILTERS, 'year', 'q', 'status'];
  // charts are drawn at the window's width; on paper they take the width of an A4 page within its margins
  const charts = () => [...document.querySelectorAll('.chart')].map((container) => echarts.getInstanceByDom(container)).filter(Boolean);
  window.addEventListener('beforeprint', () => {
    printHeading(FILTERS);
    charts().forEach((instance) => instance.resize({ width: 700 }));
    heatmap.width = 700;
    heatmap.draw();
  });
  window.addEventListener('afterprint', () => {
    heatmap.width = null;
    charts().forEach((instance) => instance.resize());
    heatmap.draw();
  });
  document.getElementById('print').addEventListener('click', () => {
    printHeading(FILTERS);
    window.print();
  });
  const toggle = document.getElementById('published-only');
  toggle.checked = isPublishedOnly();
  setPublishedOnly(toggle.checked);
  toggle.addEventListener('change', () => {
    setPublishedOnly(toggle.checked);
    [heatmap, gaps, turnover, bases, districtMap].forEach((panel) => panel.load());
  });
  window.addEventListener('resize', () => {
    document.querySelectorAll('.chart').forEach((container) => echarts.getInstanceByDom(container)?.resize());
    // the heat map's names are fitted to its cells
    heatmap.draw();
  });

  let connectedBefore = false;
  subscribe('subscription DashboardChanges { changes { type entityIds kinds relation affects at } }', {}, {
    onNext: onChange,
    onState: (state) => {
      showLiveState(state);
      // changes made while the connection was down were not heard: reload everything once back
      if (state === 'connected' && connectedBefore) {
        PANELS.forEach((panel) => panel.load());
      }
      connectedBefore ||= state === 'connected';
    },
  });
  embedding.watch();
  // one panel after another: on a small server, seven analytics at once would only slow each other down
  for (const panel of PANELS) {
    await panel.load();
  }
  // a shared address with an open drawer opens it again
  if (viewParam('link')) await drawer.open(viewParam('link'));
  printHeading(FILTERS);
  document.body.dataset.ready = 'true';
}

start();
