// The details panel: what a fact says (from its graph node) and on whose word (from /api/provenance): method,
// confidence, the file that defines it, each source with its locator, and ranked claims where sources disagree.

import { el, formatScore, humanize, QUAD_CLASSES } from './scale.js';
import { kindOf, nameOf } from './graph.js';

const SHOWN = [
  ['dateText', 'date'], ['dateEnd', 'until'], ['type', 'type'], ['kind', 'kind'], ['country', 'country'],
  ['name_ko', 'Korean'], ['name_ja', 'Japanese'], ['aliases', 'also called'], ['indicator', 'indicator'],
  ['value', 'value'], ['unit', 'unit'], ['period', 'period'], ['publisher', 'publisher'], ['published', 'published'],
  ['plover', 'PLOVER'], ['cameo', 'CAMEO'],
];

/**
 * Renders `node` (a graph node, may be null) and its `provenance` (may be null while loading) into `container`;
 * `actions` are extra buttons (e.g. "only its events on the timeline").
 */
export function renderDetails(container, id, node, provenance, actions = []) {
  const properties = node?.properties ?? {};
  const kind = node ? kindOf(node.labels) : provenance?.kind ?? '';
  const title = node ? nameOf(node) : provenance?.name ?? id;
  const facts = el('dl', { class: 'facts' });
  for (const [key, label] of SHOWN) {
    const value = properties[key];
    if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    if (key === 'dateEnd' && value === properties.date) continue;
    facts.append(el('dt', {}, label), el('dd', {}, Array.isArray(value) ? value.join(', ') : key === 'type' ? humanize(value) : String(value)));
  }
  if ('goldstein' in properties || 'quadClass' in properties) {
    facts.append(el('dt', {}, 'Goldstein'), el('dd', {}, formatScore(properties.goldstein ?? null)
      + (properties.quadClass ? ` (${QUAD_CLASSES[properties.quadClass]})` : '')));
  }
  const text = properties.summary ?? properties.description;

  container.replaceChildren(...[
    el('p', { class: 'kind-badge' }, humanize(String(kind).toLowerCase())),
    el('h3', { id: 'details-name' }, title),
    el('p', { class: 'fact-id' }, el('code', {}, id)),
    text ? el('p', { class: 'summary' }, text) : null,
    facts,
    actions.length ? el('div', { class: 'actions' }, actions) : null,
    provenance ? renderProvenance(provenance) : el('p', { class: 'hint' }, 'Loading sources…'),
  ].filter(Boolean));
}

/**
 * The offices section of an actor: those it held (`held`, from /api/offices?holder=) and those of it held on `day`
 * (`of`, from /api/offices?of=&on=), each with its holder and dates; an uncertain answer (a date known only to the
 * month or year) says so.
 */
export function renderOffices(held, of, day, name) {
  const dates = (o) => `${o.start ?? '?'} – ${o.end ?? 'now'}`;
  const sections = [];
  if (held.length) {
    sections.push(el('h4', {}, 'Offices held'),
      el('ul', { id: 'offices-held', class: 'offices' }, held.map((o) => el('li', { dataset: { role: o.role } },
        el('strong', {}, o.title ?? o.role), ` of ${o.of.name}`, el('span', { class: 'meta' }, ` ${dates(o)}`)))));
  }
  if (of.length) {
    sections.push(el('h4', {}, `Offices of ${name} on ${day}`),
      el('ul', { id: 'offices-of', class: 'offices' }, of.map((o) => el('li', { dataset: { role: o.role, holder: o.holder.id } },
        el('strong', {}, o.title ?? o.role), ': ', o.holder.name,
        el('span', { class: 'meta' }, ` ${dates(o)}${o.uncertain ? ' (dates known only to the month or year)' : ''}`)))));
  }
  return sections.length ? el('section', { class: 'offices-box', 'aria-label': 'Offices' }, sections) : null;
}

function renderProvenance(p) {
  const how = [p.method, p.confidence !== null && p.confidence !== undefined ? `confidence ${p.confidence}` : null,
    p.dataset ? `dataset ${p.dataset}` : null].filter(Boolean).join(' · ');
  return el('section', { class: 'provenance', 'aria-labelledby': 'sources-title' },
    el('h4', { id: 'sources-title' }, `Sources (${p.sources.length})`),
    el('p', { class: 'how' }, how, p.file ? [' · ', el('code', {}, p.file)] : null),
    el('ol', { id: 'source-list', class: 'sources' }, p.sources.map(renderSource)),
    p.claims.length ? [
      el('h4', {}, 'Claims where sources disagree'),
      el('ul', { class: 'claims' }, p.claims.map((c) => el('li', { class: `claim ${c.rank}` },
        el('strong', {}, `${c.field}: ${c.value}`), ` — ${c.rank}`, c.note ? ` (${c.note})` : null,
        el('ul', {}, c.sources.map((s) => el('li', {}, s.title ?? s.id, s.locator ? el('span', { class: 'locator' }, ` at ${s.locator}`) : null)))))),
    ] : null,
    el('p', { class: 'raw' }, el('a', { href: `api/provenance?id=${encodeURIComponent(p.id)}` }, 'Provenance as JSON')));
}

function renderSource(s) {
  const title = s.url ? el('a', { href: s.url, rel: 'noopener noreferrer' }, s.title ?? s.id) : el('span', {}, s.title ?? s.id);
  return el('li', { class: 'source', dataset: { id: s.id } },
    title,
    el('span', { class: 'meta' }, [s.publisher, s.published].filter(Boolean).join(', ')),
    s.locator ? el('span', { class: 'locator' }, `at ${s.locator}`) : null,
    s.note ? el('span', { class: 'note' }, s.note) : null,
    s.evidence ? el('q', { class: 'evidence' }, s.evidence) : null);
}
