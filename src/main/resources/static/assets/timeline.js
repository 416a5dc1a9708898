// The timeline: one mark per event, placed by date (x) and Goldstein score (y), coloured from conflict to
// cooperation; events without a score (inaugurations, polls, statements of policy) sit in a strip below.

import { dayOf, el, formatScore, goldsteinColour, humanize, isoOfDay, QUAD_CLASSES } from './scale.js';

const HEIGHT = 230;
const MARGIN = { left: 38, right: 12, top: 12, bottom: 22 };
const UNSCORED_BAND = 30;
const RADIUS = 5;

export class Timeline {
  /**
   * @param svg       the <svg> to draw in
   * @param onSelect  called with an event when it is clicked or chosen with Enter/Space
   */
  constructor(svg, onSelect) {
    this.svg = svg;
    this.onSelect = onSelect;
    this.events = [];
    this.scores = new Map();
    this.hiddenTypes = new Set();
    this.period = [dayOf('2015-01-01'), dayOf('2025-12-31')];
    this.marker = null;
    this.selectedId = null;
    new ResizeObserver(() => this.draw()).observe(svg);
  }

  show(events, period) {
    this.events = events;
    this.period = period;
    this.draw();
  }

  /** Scores by event type: `{goldstein, quadClass}` (the vocabulary gives each type one score). */
  setScores(scores) {
    this.scores = scores;
    this.draw();
  }

  setHiddenTypes(types) {
    this.hiddenTypes = types;
    this.draw();
  }

  setMarker(isoDate) {
    this.marker = isoDate;
    this.draw();
  }

  setSelected(id) {
    this.selectedId = id;
    for (const mark of this.svg.querySelectorAll('.event')) {
      mark.classList.toggle('selected', mark.dataset.id === id);
    }
  }

  visibleEvents() {
    return this.events.filter((e) => !this.hiddenTypes.has(e.type));
  }

  draw() {
    const svg = this.svg;
    const width = Math.max(320, svg.clientWidth || 800);
    svg.setAttribute('viewBox', `0 0 ${width} ${HEIGHT}`);
    svg.setAttribute('height', HEIGHT);
    svg.replaceChildren();

    const [first, last] = this.period;
    const x = (day) => MARGIN.left + ((day - first) / Math.max(1, last - first)) * (width - MARGIN.left - MARGIN.right);
    const scoredBottom = HEIGHT - MARGIN.bottom - UNSCORED_BAND;
    const y = (score) => MARGIN.top + ((10 - score) / 20) * (scoredBottom - MARGIN.top);
    const unscoredY = scoredBottom + UNSCORED_BAND / 2;

    const axes = el('g', { class: 'axes', 'aria-hidden': 'true' });
    for (const [score, label] of [[10, '+10'], [0, '0'], [-10, '−10']]) {
      axes.append(el('line', { x1: MARGIN.left, x2: width - MARGIN.right, y1: y(score), y2: y(score), class: score === 0 ? 'zero' : 'grid' }));
      axes.append(el('text', { x: MARGIN.left - 6, y: y(score) + 4, 'text-anchor': 'end' }, label));
    }
    axes.append(el('text', { x: MARGIN.left - 6, y: unscoredY + 4, 'text-anchor': 'end' }, 'n/s'));
    const firstYear = Number(isoOfDay(first).slice(0, 4));
    const lastYear = Number(isoOfDay(last).slice(0, 4));
    const step = Math.max(1, Math.ceil((lastYear - firstYear + 1) / Math.max(2, Math.floor(width / 70))));
    for (let year = firstYear; year <= lastYear + 1; year += step) {
      const day = dayOf(`${year}-01-01`);
      if (day < first || day > last) continue;
      axes.append(el('line', { x1: x(day), x2: x(day), y1: MARGIN.top, y2: HEIGHT - MARGIN.bottom, class: 'grid' }));
      axes.append(el('text', { x: x(day), y: HEIGHT - 6, 'text-anchor': 'middle' }, String(year)));
    }
    svg.append(axes);

    if (this.marker) {
      const day = dayOf(this.marker);
      if (day >= first && day <= last) {
        svg.append(el('line', { class: 'marker', x1: x(day), x2: x(day), y1: MARGIN.top, y2: HEIGHT - MARGIN.bottom, 'aria-hidden': 'true' }));
      }
    }

    // Events on the same spot are stacked so that none hides another.
    const taken = new Map();
    const marks = el('g', { class: 'events' });
    for (const event of this.visibleEvents()) {
      const day = dayOf(event.date);
      if (day < first || day > last) continue;
      const score = this.scores.get(event.type) ?? {};
      const goldstein = score.goldstein ?? null;
      const cx = x(day);
      const baseY = goldstein === null ? unscoredY : y(goldstein);
      const key = `${Math.round(cx / (RADIUS * 1.6))}:${Math.round(baseY)}`;
      const n = taken.get(key) ?? 0;
      taken.set(key, n + 1);
      const cy = baseY + (n % 2 === 0 ? -1 : 1) * Math.ceil(n / 2) * (RADIUS * 1.7);
      const colour = goldsteinColour(goldstein);
      const label = `${event.dateText ?? event.date}: ${event.title}. ${humanize(event.type)}, Goldstein ${formatScore(goldstein)}`
        + (score.quadClass ? `, ${QUAD_CLASSES[score.quadClass]}` : '');
      const mark = el('circle', {
        class: `event${colour ? '' : ' unscored'}${event.id === this.selectedId ? ' selected' : ''}`,
        cx, cy, r: RADIUS,
        style: colour ? `fill: ${colour}` : null,
        tabindex: -1, role: 'button', 'aria-label': label,
        dataset: { id: event.id, type: event.type },
        onclick: () => this.onSelect(event),
        onkeydown: (keyEvent) => this.key(keyEvent, event),
      }, el('title', {}, label));
      marks.append(mark);
    }
    svg.append(marks);
    // One tab stop for the whole timeline (the selected event, else the first); arrow keys move between events.
    const current = marks.querySelector('.event.selected') ?? marks.firstElementChild;
    current?.setAttribute('tabindex', '0');
  }

  key(keyEvent, event) {
    const mark = keyEvent.target;
    const moves = { ArrowRight: 'nextElementSibling', ArrowDown: 'nextElementSibling',
      ArrowLeft: 'previousElementSibling', ArrowUp: 'previousElementSibling' };
    if (keyEvent.key === 'Enter' || keyEvent.key === ' ') {
      keyEvent.preventDefault();
      this.onSelect(event);
    } else if (moves[keyEvent.key] || keyEvent.key === 'Home' || keyEvent.key === 'End') {
      keyEvent.preventDefault();
      const next = keyEvent.key === 'Home' ? mark.parentNode.firstElementChild
        : keyEvent.key === 'End' ? mark.parentNode.lastElementChild : mark[moves[keyEvent.key]];
      if (next) {
        mark.setAttribute('tabindex', '-1');
        next.setAttribute('tabindex', '0');
        next.focus();
      }
    }
  }
}

/** The type filter: a checkbox per event type shown, with its count and score; unticked types are hidden. */
export function renderTypeFilters(container, events, scores, hidden, onChange) {
  const counts = new Map();
  for (const event of events) counts.set(event.type, (counts.get(event.type) ?? 0) + 1);
  const types = [...counts.keys()].sort((a, b) => (scores.get(b)?.goldstein ?? -99) - (scores.get(a)?.goldstein ?? -99) || a.localeCompare(b));
  container.replaceChildren(...types.map((type) => {
    const goldstein = scores.get(type)?.goldstein ?? null;
    const colour = goldsteinColour(goldstein);
    const box = el('input', {
      type: 'checkbox', value: type, checked: !hidden.has(type),
      onchange: () => onChange(type, box.checked),
    });
    return el('label', { class: 'type-filter' },
      box,
      el('span', { class: `swatch${colour ? '' : ' hollow'}`, style: colour ? `--c: ${colour}` : null, 'aria-hidden': 'true' }),
      ` ${scores.get(type)?.label ?? humanize(type)} `,
      el('span', { class: 'count' }, `${counts.get(type)} · ${formatScore(goldstein)}`));
  }));
}
