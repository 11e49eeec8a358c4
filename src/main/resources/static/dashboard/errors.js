// Errors in the page's language. The API answers in English, one message per error, "argument: reason"
// (ArgumentRules); the common reasons are rendered here, the argument named as the page names it. A message
// this table does not know is shown as the API wrote it, after a line in the page's language.
import { t } from './i18n.js';

const REASONS = [
  [/^must differ from '(\w+)'/, (m) => ({ key: 'error.differ', values: { other: argument(m[1]) } })],
  [/^no entity has id '(.*)'$/, (m) => ({ key: 'error.noEntity', values: { id: m[1] } })],
  [/^must be at most (\S+) \(was (.*)\)$/, (m) => ({ key: 'error.atMost', values: { n: m[1], was: m[2] } })],
  [/^must be at least (\S+) \(was (.*)\)$/, (m) => ({ key: 'error.atLeast', values: { n: m[1], was: m[2] } })],
  [/^no district has code or name '(.*)'$/, (m) => ({ key: 'error.noDistrict', values: { name: m[1] } })],
];

function argument(name) {
  const key = `argument.${name}`;
  const label = t(key);
  return label === key ? name : label;
}

function one(message) {
  const at = message.indexOf(': ');
  if (at > 0) {
    const name = message.slice(0, at);
    const reason = message.slice(at + 2);
    for (const [pattern, render] of REASONS) {
      const match = reason.match(pattern);
      if (match) {
        const { key, values } = render(match);
        return `${argument(name)}：${t(key, values)}`;
      }
    }
  }
  return `${t('error.server')}（${message}）`;
}

/** What went wrong, for the page: "加载失败：" and each of the API's errors in the page's language. */
export function explain(error) {
  if (error instanceof TypeError && /fetch/i.test(error.message)) return t('loadFailed') + t('error.network');
  const messages = error.messages ?? [error.message];
  return t('loadFailed') + messages.map(one).join('；');
}
