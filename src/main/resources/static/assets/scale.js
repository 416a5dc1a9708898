// Shared scales and formats: the cooperation–conflict colours, dates and labels.

// Red for conflict, blue for cooperation (a pair that colour-blind readers tell apart), grey between.
const CONFLICT = [178, 24, 43];
const NEUTRAL = [200, 200, 200];
const COOPERATION = [33, 102, 172];

/** The colour of a Goldstein score (-10 conflict … +10 cooperation); null (no score) is null. */
export function goldsteinColour(score) {
  if (score === null || score === undefined || Number.isNaN(score)) return null;
  const t = Math.max(-1, Math.min(1, score / 10));
  const [from, to, f] = t < 0 ? [NEUTRAL, CONFLICT, -t] : [NEUTRAL, COOPERATION, t];
  // Stretch the small scores a little so +1 and -1 are not both plain grey.
  const k = Math.sqrt(f);
  const mix = from.map((c, i) => Math.round(c + (to[i] - c) * k));
  return `rgb(${mix.join(',')})`;
}

export const QUAD_CLASSES = {
  1: 'verbal cooperation',
  2: 'material cooperation',
  3: 'verbal conflict',
  4: 'material conflict',
};

/** `+2.8`, `−7.0`, or `no score`. */
export function formatScore(score) {
  if (score === null || score === undefined) return 'no score';
  return (score > 0 ? '+' : score < 0 ? '−' : '') + Math.abs(score).toFixed(1);
}

/** `summit` → `Summit`, `trade_status_downgrade` → `Trade status downgrade`. */
export function humanize(slug) {
  if (!slug) return '';
  const text = String(slug).replaceAll('_', ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const DAY = 86_400_000;

/** A `YYYY-MM-DD` string as a UTC day number, and back. */
export const dayOf = (iso) => Math.floor(Date.parse(`${String(iso).slice(0, 10)}T00:00:00Z`) / DAY);
export const isoOfDay = (day) => new Date(day * DAY).toISOString().slice(0, 10);
export const today = () => new Date().toISOString().slice(0, 10);

/** Creates an element with attributes and children (strings become text, never HTML). */
export function el(tag, attributes = {}, ...children) {
  const svg = ['svg', 'g', 'line', 'rect', 'circle', 'text', 'title', 'path'].includes(tag);
  const node = svg ? document.createElementNS('http://www.w3.org/2000/svg', tag) : document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') node.addEventListener(name.slice(2), value);
    else if (name === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}
