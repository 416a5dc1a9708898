// The public REST API, and nothing else: every read the explorer makes goes through here.

/** An answer that was not 2xx; `detail` is the problem's detail (RFC 9457) when the service gave one. */
export class ApiError extends Error {
  constructor(status, detail) {
    super(detail || `HTTP ${status}`);
    this.status = status;
  }
}

/** How long to wait before each retry of a GET that found the service busy (503) or unreachable. */
const RETRY_DELAYS = [400, 1500];

/** GETs `path` (relative to the page, so the explorer works behind a path prefix) with `params` as JSON. */
export async function get(path, params = {}, { signal } = {}) {
  const url = new URL(path, document.baseURI);
  for (const [name, value] of Object.entries(params)) {
    for (const v of [].concat(value)) {
      if (v !== null && v !== undefined && v !== '') url.searchParams.append(name, v);
    }
  }
  return answerOf(await fetchWithRetries(url, signal));
}

/** A response's JSON body, or an ApiError with the problem document's detail when the request failed. */
export async function answerOf(response) {
  if (!response.ok) {
    let detail = null;
    try {
      detail = (await response.json()).detail;
    } catch {
      // not a problem document
    }
    throw new ApiError(response.status, detail);
  }
  return response.json();
}

/**
 * A GET is safe to repeat: a 503 (a query that outlived its time limit, as happens on a cold or busy service) or a
 * failed connection is tried again, twice at most.
 */
async function fetchWithRetries(url, signal) {
  for (let attempt = 0; ; attempt++) {
    try {
      const response = await fetch(url, { headers: { Accept: 'application/json' }, signal });
      if (response.status !== 503 || attempt >= RETRY_DELAYS.length) return response;
    } catch (error) {
      if (aborted(error) || attempt >= RETRY_DELAYS.length) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, RETRY_DELAYS[attempt]));
    if (signal?.aborted) throw new DOMException('Aborted', 'AbortError');
  }
}

/** Every item of a paged list (`{items, page, size, total}`), fetching page after page up to `max` items. */
export async function getAll(path, params = {}, { max = 2000, size = 500, signal } = {}) {
  const items = [];
  for (let page = 0; items.length < max; page++) {
    const answer = await get(path, { ...params, page, size }, { signal });
    items.push(...answer.items);
    if ((page + 1) * size >= answer.total || answer.items.length === 0) break;
  }
  return items;
}

export const api = {
  search: (q, kind, options) => get('api/search', { q, kind, limit: 20 }, options),
  neighborhood: (id, includeSources) =>
    get(`api/graph/neighborhood/${encodeURIComponent(id)}`, { depth: 1, limit: 60, includeSources }),
  provenance: (id) => get('api/provenance', { id }),
  events: (params, options) => getAll('api/events', params, options),
  event: (id) => get(`api/events/${encodeURIComponent(id)}`),
  measuresInForce: (asOf, options) => getAll('api/measures', { asOf }, { ...options, size: 200 }),
  cooperation: (params) => get('api/series/cooperation', { interval: 'month', ...params }),
  eventTypes: () => get('api/vocabulary/event-types'),
  offices: (params) => get('api/offices', { size: 100, ...params }),
};

/** True when the error only says the request was given up (a newer one replaced it). */
export const aborted = (error) => error?.name === 'AbortError';
