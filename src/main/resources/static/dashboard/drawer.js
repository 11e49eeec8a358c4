// The drawer of one chain link, opened from a gap row or a heat-map cell: its waiting results (need pilot
// testing, still LAB or BENCH) with owners and maturity, the enterprises active in it, the bases covering it
// or on the way, and the operating bases elsewhere that `baseMatches` offers for its waiting results.
// The open link is part of the view (?link=…), so a shared address opens the same drawer.
import { explain } from './errors.js';
import { query } from './api.js';
import { t } from './i18n.js';
import { element } from './dom.js';
import { setViewParam, viewParam } from './view.js';
import { localName } from './names.js';

const WAITING = ['LAB', 'BENCH'];
const ON_THE_WAY = ['PLANNED', 'UNDER_CONSTRUCTION'];
/** baseMatches is asked for the first few waiting results only: each is a scoring of every base. */
const MATCHED_RESULTS = 5;

function section(name, title, items) {
  return element('section', { 'data-section': name }, element('h3', {}, `${title}（${items.length}）`),
    items.length ? element('ul', {}, items) : element('p', { class: 'note' }, t('drawer.none')));
}

export const drawer = {
  data: null,
  bind() {
    document.getElementById('drawer-close').addEventListener('click', () => this.close());
    document.addEventListener('keydown', (event) => { if (event.key === 'Escape') this.close(); });
  },
  close() {
    document.getElementById('drawer').hidden = true;
    setViewParam('link', '');
  },
  async open(linkId) {
    setViewParam('link', linkId);
    const box = document.getElementById('drawer');
    const body = document.getElementById('drawer-body');
    box.hidden = false;
    body.replaceChildren(element('p', { class: 'note' }, t('drawer.loading')));
    document.getElementById('drawer-title').textContent = '';
    try {
      const link = (await query(`query GapDrawer($id: ID!) { entity(id: $id) { ... on ChainLink {
        id name nameEn stage chain { id name nameEn }
        results { id name maturity needsPilot owners { id name kind } }
        enterprises { id name }
        coveredBy { id name status district { name } } } } }`, { id: linkId })).entity;
      if (!link?.stage) throw new Error(t('drawer.notALink', { id: linkId }));
      const waiting = link.results.filter((result) => result.needsPilot && WAITING.includes(result.maturity))
        .sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
      const matched = waiting.slice(0, MATCHED_RESULTS);
      // one request for all: an alias per result (the document is made from fixed parts, the ids are variables)
      const matches = matched.length ? await query(`query GapMatches(${matched.map((_, i) => `$r${i}: ID!`).join(', ')}) {
        ${matched.map((_, i) => `m${i}: baseMatches(resultId: $r${i}, first: 5) { score base { id name status district { name } } }`).join('\n')} }`,
      Object.fromEntries(matched.map((result, i) => [`r${i}`, result.id]))) : {};
      const elsewhere = new Map();
      // only operating bases can take a result now; planned ones are listed apart
      matched.forEach((result, i) => (matches[`m${i}`] ?? []).filter((match) => match.base.status === 'OPERATING').forEach((match) => {
        const known = elsewhere.get(match.base.id) ?? { base: match.base, score: 0, results: [] };
        known.score = Math.max(known.score, match.score);
        known.results.push(result.name);
        elsewhere.set(match.base.id, known);
      }));
      this.data = { link, waiting, elsewhere: [...elsewhere.values()].sort((a, b) => b.score - a.score) };
      if (viewParam('link') === linkId) this.draw();
    }
    catch (error) {
      this.data = null;
      body.replaceChildren(element('p', { class: 'error' }, explain(error)));
    }
  },
  draw() {
    if (!this.data || document.getElementById('drawer').hidden) return;
    const { link, waiting, elsewhere } = this.data;
    document.getElementById('drawer-title').textContent = localName(link);
    const base = (b) => element('li', { 'data-id': b.id }, b.name,
      element('small', {}, `${t(`status.${b.status}`)}${b.district ? ` · ${b.district.name}` : ''}`));
    document.getElementById('drawer-body').replaceChildren(
      element('p', { class: 'note' }, `${localName(link.chain)} · ${t(`stage.${link.stage}`)}`),
      section('waiting', t('drawer.waiting'), waiting.map((result) => element('li', { 'data-id': result.id }, result.name,
        element('small', {}, `${t(`maturity.${result.maturity}`)} · ${result.owners.map((owner) => owner.name).join('、')}`)))),
      section('operating', t('drawer.operating'), link.coveredBy.filter((b) => b.status === 'OPERATING').map(base)),
      section('planned', t('drawer.planned'), link.coveredBy.filter((b) => ON_THE_WAY.includes(b.status)).map(base)),
      section('elsewhere', t('drawer.elsewhere', { n: Math.min(MATCHED_RESULTS, waiting.length) }),
        elsewhere.map((match) => element('li', { 'data-id': match.base.id }, match.base.name,
          element('small', {}, `${t('drawer.score')} ${match.score.toFixed(2)} · ${match.results.join('、')}`)))),
      section('enterprises', t('drawer.enterprises'), link.enterprises.map((enterprise) => element('li', { 'data-id': enterprise.id }, enterprise.name))));
  },
};
