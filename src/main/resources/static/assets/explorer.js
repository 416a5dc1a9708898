// The explorer page: wires search, graph, details, timeline, the measures-in-force slider and the monthly chart
// together. Everything it shows comes from the public REST API (api.js).

import { aborted, api, ApiError } from './api.js';
import { drawCooperation } from './chart.js';
import { renderDetails, renderOffices } from './details.js';
import { GraphView, kindOf, nameOf } from './graph.js';
import { dayOf, el, humanize, isoOfDay, today } from './scale.js';
import { renderTypeFilters, Timeline } from './timeline.js';

const $ = (id) => document.getElementById(id);

const state = {
  selected: null,     // id of the fact in the details panel
  scope: null,        // {kind: 'actor'|'topic', id, name}: the timeline shows only its events
  period: null,       // [first day, last day] of the timeline, slider and chart
  events: [],
  scores: new Map(),  // event type -> {goldstein, quadClass, label, plover}, from the vocabulary
  hiddenTypes: new Set(),
  cooperation: [],
};

const timeline = new Timeline($('timeline-svg'), (event) => select(event.id));
const graph = new GraphView($('graph-canvas'), $('graph-node-list'), (id) => select(id));

// For the browser tests and for poking around in the console.
window.explorer = { graph, timeline, select, state };

// ---------------------------------------------------------------------------------------------------- search

let searchController = null;
$('search-form').addEventListener('submit', async (submit) => {
  submit.preventDefault();
  const q = $('search-input').value.trim();
  if (!q) return;
  searchController?.abort();
  searchController = new AbortController();
  const status = $('search-status');
  status.textContent = 'Searching…';
  try {
    const result = await api.search(q, $('search-kind').value, { signal: searchController.signal });
    status.textContent = result.hits.length ? `${result.hits.length} hit(s) for “${q}”` : `Nothing found for “${q}”.`;
    $('search-results').replaceChildren(...result.hits.map((hit) => el('li', {},
      el('button', { type: 'button', class: 'hit', dataset: { id: hit.id, kind: hit.kind }, onclick: () => select(hit.id) },
        el('span', { class: 'kind' }, humanize(hit.kind)), ' ', el('span', { class: 'name' }, hit.name ?? hit.id)),
      hit.summary ? el('p', { class: 'hit-summary' }, hit.summary) : null)));
  } catch (error) {
    if (!aborted(error)) status.textContent = `Search failed: ${error.message}`;
  }
});

// ---------------------------------------------------------------------------------------- selection, graph

let selection = 0;

/** Shows a fact: its neighbourhood joins the graph, its details and sources fill the panel. */
async function select(id) {
  const ticket = ++selection;
  state.selected = id;
  history.replaceState(null, '', `#${encodeURIComponent(id)}`);
  timeline.setSelected(id);
  $('graph-status').textContent = `Loading the neighbourhood of ${id}…`;
  renderDetails($('details-body'), id, graph.nodes.get(id) ?? null, null);

  const [neighbourhood, provenance] = await Promise.allSettled([
    api.neighborhood(id, $('graph-sources').checked), api.provenance(id)]);
  if (ticket !== selection) return;

  let node = graph.nodes.get(id) ?? null;
  if (neighbourhood.status === 'fulfilled') {
    const added = graph.add(neighbourhood.value, id);
    node = neighbourhood.value.nodes.find((n) => n.id === id) ?? node;
    const { nodes, edges } = graph.counts();
    $('graph-status').textContent = `${nameOf(node ?? { id })}: ${added} new node(s); ${nodes} nodes and ${edges} edges in view.`;
    $('graph-count').textContent = `(${nodes})`;
  } else {
    $('graph-status').textContent = `Could not load the neighbourhood: ${neighbourhood.reason.message}`;
  }
  renderDetails($('details-body'), id, node, provenance.status === 'fulfilled' ? provenance.value : null,
    scopeActions(id, node));
  if (provenance.status === 'rejected') {
    $('details-body').append(el('p', { class: 'error' }, `Sources could not be loaded: ${provenance.reason.message}`));
  }
  if (node && kindOf(node.labels) === 'Actor') await showOffices(id, nameOf(node), ticket);
}

/** An actor's offices: those it held, and those of it on the day the measures slider shows. */
async function showOffices(id, name, ticket) {
  const day = dateInput.value || today();
  const [held, of] = await Promise.allSettled([api.offices({ holder: id }), api.offices({ of: id, on: day })]);
  if (ticket !== selection) return;
  const section = renderOffices(held.status === 'fulfilled' ? held.value.items : [],
    of.status === 'fulfilled' ? of.value.items : [], day, name);
  const sources = $('details-body').querySelector('.provenance');
  if (section) $('details-body').insertBefore(section, sources);
}

/** An actor or topic can narrow the timeline to its events. */
function scopeActions(id, node) {
  const kind = node ? kindOf(node.labels) : null;
  if (kind !== 'Actor' && kind !== 'Topic') return [];
  return [el('button', {
    type: 'button',
    onclick: () => {
      state.scope = { kind: kind.toLowerCase(), id, name: nameOf(node) };
      loadTimeline();
    },
  }, `Only events of ${nameOf(node)} on the timeline`)];
}

$('graph-fit').addEventListener('click', () => graph.fit());
$('graph-clear').addEventListener('click', () => {
  graph.clear();
  $('graph-status').textContent = 'Cleared.';
  $('graph-count').textContent = '';
});

// ------------------------------------------------------------------------------------------------ timeline

let timelineController = null;

async function loadTimeline() {
  timelineController?.abort();
  timelineController = new AbortController();
  const signal = timelineController.signal;
  const [first, last] = state.period;
  const scope = state.scope;
  $('timeline-scope').textContent = scope ? `Only events of ${scope.name}` : '';
  $('timeline-scope-clear').hidden = !scope;
  $('timeline-status').textContent = 'Loading events…';
  try {
    state.events = await api.events({
      from: isoOfDay(first), to: isoOfDay(last), actor: scope?.kind === 'actor' ? scope.id : null,
      topic: scope?.kind === 'topic' ? scope.id : null }, { signal });
  } catch (error) {
    if (aborted(error)) return;
    state.events = [];
    $('timeline-status').textContent = error instanceof ApiError && error.status === 404
      ? 'This service has no events API (/api/events) yet.' : `Events could not be loaded: ${error.message}`;
    timeline.show([], state.period);
    return;
  }
  timeline.show(state.events, state.period);
  timeline.setSelected(state.selected);
  showTypeFilters();
  describeTimeline();
}

function describeTimeline() {
  const shown = timeline.visibleEvents().length;
  $('timeline-status').textContent = `${shown} of ${state.events.length} events shown`
    + (state.hiddenTypes.size ? ` (${state.hiddenTypes.size} type(s) hidden)` : '') + '.';
}

/**
 * Scores and labels of the event types, from the vocabulary: every type has one Goldstein score and QuadClass, so the
 * timeline colours its events by type.
 */
async function loadEventTypes() {
  try {
    const vocabulary = await api.eventTypes();
    for (const type of vocabulary.items) {
      state.scores.set(type.id, { goldstein: type.goldstein ?? null, quadClass: type.quadClass ?? null,
        label: type.label, plover: type.plover });
    }
  } catch {
    // Without the vocabulary the timeline shows every event unscored.
  }
  timeline.setScores(state.scores);
  showTypeFilters();
}

function showTypeFilters() {
  renderTypeFilters($('type-filter-list'), state.events, state.scores, state.hiddenTypes, (type, shown) => {
    if (shown) state.hiddenTypes.delete(type);
    else state.hiddenTypes.add(type);
    timeline.setHiddenTypes(state.hiddenTypes);
    describeTimeline();
  });
}

$('types-all').addEventListener('click', () => {
  state.hiddenTypes.clear();
  timeline.setHiddenTypes(state.hiddenTypes);
  showTypeFilters();
  describeTimeline();
});
$('types-none').addEventListener('click', () => {
  state.events.forEach((e) => state.hiddenTypes.add(e.type));
  timeline.setHiddenTypes(state.hiddenTypes);
  showTypeFilters();
  describeTimeline();
});
$('timeline-scope-clear').addEventListener('click', () => {
  state.scope = null;
  loadTimeline();
});

// --------------------------------------------------------------------------------------- measures in force

const slider = $('asof-slider');
const dateInput = $('asof-input');
let measuresController = null;
let measuresTimer = null;

/** Moves the chosen date (from the slider or the date field) and lists the measures in force on it. */
function setAsOf(iso, { from } = {}) {
  const day = dayOf(iso);
  if (from !== 'slider') slider.value = String(day);
  if (from !== 'input') dateInput.value = iso;
  $('asof-value').textContent = new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB',
    { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  timeline.setMarker(iso);
  clearTimeout(measuresTimer);
  measuresTimer = setTimeout(() => loadMeasures(iso), 150);
}

async function loadMeasures(iso) {
  measuresController?.abort();
  measuresController = new AbortController();
  const status = $('measures-status');
  const list = $('measure-list');
  list.setAttribute('aria-busy', 'true');
  try {
    const measures = await api.measuresInForce(iso, { signal: measuresController.signal });
    status.textContent = `${measures.length} measure(s) in force on ${iso}.`;
    status.dataset.asOf = iso;
    list.replaceChildren(...measures.map((m) => el('li', { class: 'measure', dataset: { id: m.id, status: m.status } },
      el('button', { type: 'button', class: 'link', onclick: () => select(m.id) }, m.name),
      el('span', { class: `status-badge ${m.status}` }, humanize(m.status)),
      el('span', { class: 'meta' }, [
        m.since ? `since ${m.since}` : null,
        m.imposedBy?.length ? `by ${m.imposedBy.map((a) => a.name).join(', ')}` : null,
        m.targets?.length ? `on ${m.targets.map((a) => a.name).join(', ')}` : null,
        m.parties?.length ? `between ${m.parties.map((a) => a.name).join(', ')}` : null,
      ].filter(Boolean).join(' · ')))));
  } catch (error) {
    if (aborted(error)) return;
    list.replaceChildren();
    status.textContent = error instanceof ApiError && error.status === 404
      ? 'This service has no measures API (/api/measures) yet.' : `Measures could not be loaded: ${error.message}`;
  } finally {
    list.removeAttribute('aria-busy');
  }
}

slider.addEventListener('input', () => setAsOf(isoOfDay(Number(slider.value)), { from: 'slider' }));
dateInput.addEventListener('change', () => {
  if (dateInput.value) setAsOf(dateInput.value, { from: 'input' });
});

// -------------------------------------------------------------------------------------------------- chart

async function loadChart() {
  const [first, last] = state.period;
  try {
    const answer = await api.cooperation({ from: isoOfDay(first), to: isoOfDay(last) });
    state.cooperation = answer.rows;
  } catch (error) {
    state.cooperation = [];
    $('chart-summary').textContent = `The cooperation series could not be loaded: ${error.message}`;
    return;
  }
  drawChart();
}

function drawChart() {
  drawCooperation($('chart-svg'), $('chart-table'), $('chart-summary'), state.cooperation, state.period);
}
new ResizeObserver(() => state.period && drawChart()).observe($('chart-svg'));

// ------------------------------------------------------------------------------------------------- period

function setPeriod() {
  const thisYear = Number(today().slice(0, 4));
  let from = Number($('period-from').value) || 2015;
  let to = Number($('period-to').value) || thisYear;
  if (to < from) [from, to] = [to, from];
  state.period = [dayOf(`${from}-01-01`), dayOf(`${to}-12-31`)];
  slider.min = String(state.period[0]);
  slider.max = String(state.period[1]);
  dateInput.min = isoOfDay(state.period[0]);
  dateInput.max = isoOfDay(state.period[1]);
  const current = dateInput.value || today();
  setAsOf(isoOfDay(Math.min(state.period[1], Math.max(state.period[0], dayOf(current)))));
  loadTimeline();
  loadChart();
}

$('period-form').addEventListener('submit', (submit) => {
  submit.preventDefault();
  setPeriod();
});
$('period-from').addEventListener('change', setPeriod);
$('period-to').addEventListener('change', setPeriod);

// ------------------------------------------------------------------------------------------------- start

$('period-to').value = today().slice(0, 4);
loadEventTypes();
setPeriod();
if (location.hash.length > 1) select(decodeURIComponent(location.hash.slice(1)));
