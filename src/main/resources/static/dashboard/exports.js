// The export buttons of the overview panels, which draw charts or plain tables: each saves the figures the
// panel shows. (The workbench panels bind their own, next to their data.)
import { t } from './i18n.js';
import { exportButton } from './report.js';
import { localName } from './names.js';
import { districts, heatmap, turnover } from './panels.js';
import { paths } from './paths.js';

/** A table as the page shows it: the header cells and each row's cells, numbers as numbers. */
function tableOnScreen(selector) {
  const table = document.querySelector(selector);
  const value = (cell) => {
    const text = cell.textContent.trim();
    return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text;
  };
  return {
    header: [...table.querySelectorAll('thead th, tr:first-child th')].map((cell) => cell.textContent.trim()),
    rows: [...table.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map(value)),
  };
}

export function bindOverviewExports() {
  exportButton('summary', {
    file: 'headline-figures', titleKey: 'summary.title',
    table: () => ({
      header: [t('export.figure'), t('export.value')],
      rows: [...document.querySelectorAll('#summary .kpi')].map((kpi) => [kpi.querySelector('span').textContent, kpi.querySelector('b').textContent]),
    }),
  });
  exportButton('heatmap-panel', {
    file: 'chain-coverage', titleKey: 'heatmap.title',
    table: () => ({
      header: [t('gaps.chain'), t('gaps.link'), t('gaps.stage'), t('heatmap.bases'), t('heatmap.published')],
      rows: (heatmap.data ?? []).flatMap((coverage) => coverage.chain.links.map((link) => [localName(coverage.chain),
        localName(link), t(`stage.${link.stage}`), link.coveredBy.filter((b) => b.status === 'OPERATING').length,
        link.publishedBy.filter((b) => b.status === 'OPERATING').length])),
    }),
  });
  exportButton('districts-panel', {
    file: 'bases-by-district', titleKey: 'districts.title',
    table: () => {
      const option = districts.option();
      return {
        header: [t('bases.district'), ...option.series.map((series) => series.name)],
        rows: option.names.map((name, i) => [name, ...option.series.map((series) => series.data[i])]),
      };
    },
  });
  exportButton('turnover-panel', {
    file: 'contract-turnover', titleKey: 'turnover.title',
    table: () => ({
      header: [t('performance.year'), t('turnover.amount'), t('turnover.count'), t('turnover.published')],
      rows: (turnover.data ?? []).map((year) => [year.year, year.amount, year.contractCount, turnover.published.get(year.year) ?? 0]),
    }),
  });
  exportButton('paths-panel', {
    file: 'partner-paths', titleKey: 'paths.title',
    table: () => ({
      header: [t('export.hops'), t('export.strength'), t('paths.title')],
      rows: (paths.data ?? []).map((path) => [path.hops, path.strength, path.nodes.map((node) => node.name).join(' → ')]),
    }),
  });
  exportButton('quality-panel', { file: 'data-quality', titleKey: 'quality.title', table: () => tableOnScreen('#quality table') });
  exportButton('policy-panel', { file: 'policy-instruments', titleKey: 'policy.title', table: () => tableOnScreen('#policy table') });
}
