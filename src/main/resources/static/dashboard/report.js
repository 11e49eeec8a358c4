// Reports: an "导出 Excel" button per panel that saves what the panel shows, and the lines every report
// starts with (the bureau, the report's title, the date, the filters applied), shared by the spreadsheets
// and the printed page.
import { t } from './i18n.js';
import { element } from './dom.js';
import { describeFilters } from './view.js';
import { isPublishedOnly } from './provenance.js';
import { download, workbook } from './xlsx.js';

function today() {
  return new Date().toISOString().slice(0, 10);
}

/** The heading lines of a report on the panel titled `titleKey` under the filters named. */
export function reportLines(titleKey, filterNames) {
  return [t('report.bureau'), t(titleKey), `${t('report.date')}：${today()}`,
    `${t('report.filters')}：${describeFilters(filterNames).join('；')}`,
    `${t('report.scope')}：${t(isPublishedOnly() ? 'report.scope.published' : 'report.scope.all')}`];
}

/**
 * Puts an export button into the panel's heading. `table()` gives { header, rows } as shown on screen;
 * `filters` names the view parameters the panel obeys.
 */
export function exportButton(panelId, { file, titleKey, filters = [], table }) {
  const heading = document.querySelector(`#${panelId} h2`);
  const button = element('button', { type: 'button', class: 'export', 'data-i18n': 'report.export' }, t('report.export'));
  button.addEventListener('click', () => {
    const { header, rows } = table();
    download(`${file}-${today()}.xlsx`, workbook(t(titleKey), reportLines(titleKey, filters), header, rows));
  });
  heading.append(button);
}

/** Fills the heading only a printed page shows: the bureau, the date and the filters of the whole view. */
export function printHeading(filterNames) {
  document.getElementById('print-heading').replaceChildren(
    element('strong', {}, t('report.bureau')), element('span', {}, `${t('title')}　${t('report.date')}：${today()}`),
    element('span', {}, `${t('report.filters')}：${describeFilters(filterNames).join('；')}`),
    element('span', {}, `${t('report.scope')}：${t(isPublishedOnly() ? 'report.scope.published' : 'report.scope.all')}`));
}
