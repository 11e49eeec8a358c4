// The line under the header while the background job is still embedding (after an import, say): how many
// entities wait for their vector and about how long it will take. Until then search finds them by their
// words only. While the vector index itself is being built (after an upgrade that rebuilds it), the line says
// that instead: search then matches by words alone. Asked every few seconds while either lasts, and again after
// each change; hidden otherwise.
import { query } from './api.js';
import { t } from './i18n.js';

const STATUS = 'query DashboardEmbeddingStatus { embeddingStatus { pending done perSecond eta index { state populated } } }';
const EVERY_MS = 5000;

let last = null;
let timer = null;

function busy(status) {
  return status != null && (status.pending > 0 || status.index.state !== 'ONLINE');
}

function draw() {
  const line = document.getElementById('embedding-status');
  if (!busy(last)) {
    line.hidden = true;
    return;
  }
  if (last.index.state !== 'ONLINE') {
    line.textContent = t('embedding.indexBuilding', { populated: Math.floor(last.index.populated) });
    line.hidden = false;
    return;
  }
  const eta = last.eta == null ? t('embedding.etaUnknown') : t('embedding.eta', { minutes: Math.max(1, Math.ceil(last.eta / 60)) });
  line.textContent = t('embedding.pending', {
    pending: last.pending.toLocaleString(), done: last.done.toLocaleString(), rate: last.perSecond.toFixed(1), eta,
  });
  line.hidden = false;
}

async function check() {
  timer = null;
  try {
    last = (await query(STATUS)).embeddingStatus;
  }
  catch {
    // the line is a hint, not a panel: a failed look keeps the last one and tries again later
  }
  draw();
  if (busy(last)) {
    timer = setTimeout(check, EVERY_MS);
  }
}

export const embedding = {
  /** Looks now (unless a look is already due) and keeps looking while anything is pending. */
  watch() {
    if (timer === null) {
      check();
    }
  },
  draw,
};
