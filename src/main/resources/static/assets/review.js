// The review page: the extractor's candidates, their evidence with the trigger words marked, and the reviewer's
// decisions. Reads go through the public API like the explorer's; decisions send the API key, which the reviewer
// enters once and which stays in this tab's sessionStorage only.
import { answerOf, get } from './api.js';

const KEY = 'jkgraph.apiKey';
const $ = (id) => document.getElementById(id);

let selected = null;

/** An element with text content only: nothing from the API is ever parsed as HTML. */
function el(tag, text, attributes = {}) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = text;
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  return node;
}

/** The sentence with the words that triggered the reading in a <mark>; offsets are the document's. */
export function highlighted(evidence) {
  const quote = el('blockquote');
  const sentence = evidence.sentence ?? '';
  const from = (evidence.triggerStart ?? -1) - (evidence.start ?? 0);
  const to = (evidence.triggerEnd ?? -1) - (evidence.start ?? 0);
  if (from >= 0 && to > from && to <= sentence.length) {
    quote.append(sentence.slice(0, from), el('mark', sentence.slice(from, to)), sentence.slice(to));
  } else {
    quote.append(sentence);
  }
  return quote;
}

async function post(path, body) {
  const key = sessionStorage.getItem(KEY);
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (key) headers['X-API-Key'] = key;
  return answerOf(await fetch(new URL(path, document.baseURI), { method: 'POST', headers, body: JSON.stringify(body) }));
}

function showKey() {
  $('key-status').textContent = sessionStorage.getItem(KEY)
    ? 'A key is set for this tab.' : 'No key: you can read the candidates, but deciding needs a key.';
}

async function loadQueue() {
  const queue = $('queue');
  $('queue-status').textContent = 'Loading…';
  try {
    const page = await get('api/review/candidates', { kind: $('queue-kind').value, size: 100 });
    queue.replaceChildren(...page.items.map((candidate) => {
      const item = el('li', null, { 'data-id': candidate.id });
      const button = el('button', candidate.name ?? candidate.id, { type: 'button' });
      button.addEventListener('click', () => show(candidate.id));
      item.append(el('span', candidate.kind, { class: 'kind' }), button,
        el('span', ` ${candidate.date ?? ''} · ${Math.round((candidate.confidence ?? 0) * 100)}%`, { class: 'hint' }));
      return item;
    }));
    $('queue-status').textContent = page.total === 0 ? 'Nothing awaits review.'
      : `${page.total} candidate(s) await review${page.total > page.items.length ? `; the first ${page.items.length} shown` : ''}.`;
  } catch (error) {
    $('queue-status').textContent = `Could not load the candidates: ${error.message}`;
  }
}

async function show(id) {
  selected = id;
  for (const item of $('queue').children) item.setAttribute('aria-current', String(item.dataset.id === id));
  const body = $('candidate-body');
  try {
    const c = await get(`api/review/candidates/${encodeURIComponent(id)}`);
    const parts = [el('h3', c.name ?? c.id, { id: 'candidate-name' }),
      el('p', `${c.kind}${c.type ? ` · ${c.type}` : ''}${c.dateText ? ` · ${c.dateText}` : ''} · confidence ${c.confidence}`
        + ` · ${c.status}${c.decision ? ` (${c.decision.status}${c.decision.into ? ` into ${c.decision.into}` : ''})` : ''}`,
      { class: 'hint', id: 'candidate-facts' }),
      el('code', c.id)];
    if (c.participants?.length) {
      parts.push(el('h4', 'Who'));
      const list = el('ul');
      c.participants.forEach((p) => list.append(el('li', `${p.name ?? p.id} — ${p.role}${p.status ? ` (${p.status})` : ''}`)));
      parts.push(list);
    }
    if (c.changes?.length) {
      parts.push(el('h4', 'Measure changes'));
      const list = el('ul');
      c.changes.forEach((m) => list.append(el('li', `${m.change} ${m.name ?? m.measure}${m.effective ? `, effective ${m.effective}` : ''}`)));
      parts.push(list);
    }
    parts.push(el('h4', 'Evidence'));
    const evidence = el('ol', null, { class: 'evidence', id: 'candidate-evidence' });
    for (const e of c.evidence ?? []) {
      const item = el('li');
      const where = el('p', null, { class: 'hint' });
      const title = e.url ? el('a', e.title ?? e.source, { href: e.url, rel: 'noopener' }) : el('span', e.title ?? e.source);
      where.append(title, ` — ${e.locator ?? ''}, characters ${e.start}–${e.end}`);
      item.append(highlighted(e), where);
      evidence.append(item);
    }
    parts.push(evidence);
    body.replaceChildren(...parts);
    $('decide-form').hidden = c.status !== 'candidate';
    $('merge-row').hidden = c.kind !== 'event';
    $('decide-status').textContent = '';
  } catch (error) {
    body.replaceChildren(el('p', `Could not load ${id}: ${error.message}`, { class: 'error' }));
    $('decide-form').hidden = true;
  }
}

async function decide(decision, body) {
  if (!selected) return;
  const status = $('decide-status');
  status.textContent = 'Sending…';
  try {
    const note = $('decide-note').value.trim();
    const answer = await post(`api/review/candidates/${encodeURIComponent(selected)}/${decision}`,
      { ...body, ...(note ? { note } : {}) });
    const id = selected;
    await loadQueue();
    await show(id);
    status.textContent = `${id}: ${answer.status}${answer.into ? ` into ${answer.into}` : ''}.`;
  } catch (error) {
    status.textContent = error.status === 401 || error.status === 403
      ? `Refused (${error.status}): enter a valid API key above. ${error.message}` : `Refused (${error.status ?? 'error'}): ${error.message}`;
    status.classList.add('error');
    return;
  }
  status.classList.remove('error');
}

$('key-form').addEventListener('submit', (event) => {
  event.preventDefault();
  sessionStorage.setItem(KEY, $('key-input').value);
  $('key-input').value = '';
  showKey();
});
$('key-forget').addEventListener('click', () => {
  sessionStorage.removeItem(KEY);
  showKey();
});
$('queue-kind').addEventListener('change', loadQueue);
$('accept').addEventListener('click', () => decide('accept', {}));
$('reject').addEventListener('click', () => decide('reject', {}));
$('merge').addEventListener('click', () => decide('merge', { into: $('merge-into').value.trim() }));

showKey();
loadQueue();
