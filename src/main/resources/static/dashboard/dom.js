// Small helpers shared by the panels. Text from the graph goes into the page as text, never as HTML.

/** An element with attributes and children (strings become text nodes). */
export function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => {
    if (name === 'class') {
      node.className = value;
    }
    else if (name.startsWith('data-')) {
      node.setAttribute(name, value);
    }
    else {
      node[name] = value;
    }
  });
  children.flat().forEach((child) => node.append(child instanceof Node ? child : String(child ?? '')));
  return node;
}

/** For ECharts tooltips, which are HTML: names come from editors and must not become markup. */
export function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Calls fn once the caller has stopped calling for `wait` milliseconds (typing in a search box). */
export function debounce(fn, wait) {
  let timer;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), wait);
  };
}

/** The system font stacks the page uses, for text that ECharts draws itself. */
export const FONT = getComputedStyle(document.documentElement).getPropertyValue('--font').trim() || 'sans-serif';

/** One ECharts instance per element, drawn as SVG: crisp on big screens, and its text is in the page. */
export function chart(id) {
  const container = document.getElementById(id);
  const instance = echarts.getInstanceByDom(container) ?? echarts.init(container, null, { renderer: 'svg' });
  return instance;
}
