// The name to show for a chain, a link or a district in the page's language: the graph's English name in
// English mode where it has one, else the name it holds.
import { currentLanguage } from './i18n.js';

export function localName(named) {
  if (!named) return '';
  return (currentLanguage() === 'en' && named.nameEn) || named.name;
}
