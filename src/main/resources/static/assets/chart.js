// The monthly cooperation–conflict chart: one bar per month from the zero line to the mean Goldstein score of the
// month's scored events. The API lists every month; one without scored events (no mean) has no bar and no line in
// the table below, which holds the same numbers for screen readers and copying.

import { dayOf, el, formatScore, goldsteinColour, isoOfDay } from './scale.js';

const HEIGHT = 180;
const MARGIN = { left: 38, right: 12, top: 10, bottom: 22 };

/** Draws `rows` (`{period, events, goldstein_mean, quad1..quad4}`) over the days `[first, last]`. */
export function drawCooperation(svg, table, summary, rows, [first, last]) {
  const width = Math.max(320, svg.clientWidth || 800);
  svg.setAttribute('viewBox', `0 0 ${width} ${HEIGHT}`);
  svg.setAttribute('height', HEIGHT);
  svg.replaceChildren();
  const x = (day) => MARGIN.left + ((day - first) / Math.max(1, last - first)) * (width - MARGIN.left - MARGIN.right);
  const y = (score) => MARGIN.top + ((10 - score) / 20) * (HEIGHT - MARGIN.top - MARGIN.bottom);

  const axes = el('g', { class: 'axes', 'aria-hidden': 'true' });
  for (const [score, label] of [[10, '+10'], [5, '+5'], [0, '0'], [-5, '−5'], [-10, '−10']]) {
    axes.append(el('line', { x1: MARGIN.left, x2: width - MARGIN.right, y1: y(score), y2: y(score), class: score === 0 ? 'zero' : 'grid' }));
    axes.append(el('text', { x: MARGIN.left - 6, y: y(score) + 4, 'text-anchor': 'end' }, label));
  }
  const firstYear = Number(isoOfDay(first).slice(0, 4));
  const lastYear = Number(isoOfDay(last).slice(0, 4));
  const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / Math.max(2, Math.floor(width / 70))));
  for (let year = firstYear; year <= lastYear; year += step) {
    const day = dayOf(`${year}-01-01`);
    if (day < first) continue;
    axes.append(el('text', { x: x(day), y: HEIGHT - 6, 'text-anchor': 'middle' }, String(year)));
  }
  svg.append(axes);

  const monthWidth = Math.max(2, (width - MARGIN.left - MARGIN.right) / Math.max(1, (last - first) / 30.44) - 1);
  const bars = el('g', { class: 'bars' });
  const scored = rows.filter((r) => r.events > 0 && r.goldstein_mean !== null && r.goldstein_mean !== undefined);
  for (const row of scored) {
    const day = dayOf(row.period);
    if (day < first || day > last) continue;
    const top = y(Math.max(0, row.goldstein_mean));
    const bottom = y(Math.min(0, row.goldstein_mean));
    bars.append(el('rect', {
      x: x(day), width: monthWidth, y: top, height: Math.max(1, bottom - top),
      style: `fill: ${goldsteinColour(row.goldstein_mean)}`,
    }, el('title', {}, `${row.period.slice(0, 7)}: ${formatScore(row.goldstein_mean)} over ${row.events} event(s)`)));
  }
  svg.append(bars);

  const shown = scored.filter((r) => dayOf(r.period) >= first && dayOf(r.period) <= last);
  table.tBodies[0].replaceChildren(...shown.map((r) => el('tr', {},
    el('th', { scope: 'row' }, r.period.slice(0, 7)), el('td', {}, r.events), el('td', {}, formatScore(r.goldstein_mean)),
    el('td', {}, r.quad1), el('td', {}, r.quad2), el('td', {}, r.quad3), el('td', {}, r.quad4))));
  if (shown.length === 0) {
    summary.textContent = 'No scored events in this period.';
    return;
  }
  const best = shown.reduce((a, b) => (b.goldstein_mean > a.goldstein_mean ? b : a));
  const worst = shown.reduce((a, b) => (b.goldstein_mean < a.goldstein_mean ? b : a));
  summary.textContent = `${shown.length} months with scored events; most cooperative ${best.period.slice(0, 7)} `
    + `(${formatScore(best.goldstein_mean)}), most conflictual ${worst.period.slice(0, 7)} (${formatScore(worst.goldstein_mean)}).`;
}
