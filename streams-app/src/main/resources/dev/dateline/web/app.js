// The Dateline web view: pick an entity, see its events on a time axis, filter them, read where
// each came from, watch changes arrive live, and keep an eye on the pipeline. Everything comes from
// the app's JSON API (docs/api.md) and two routes of the web view: /updates (server-sent events)
// and /ops. Text from articles is only ever inserted as text, never as markup.

import { Timeline, dayMs, DAY } from './timeline.js';

// 16 colours, each at least 3:1 against white, neighbours far apart (types are coloured in name order)
const PALETTE = ['#1f77b4', '#d62728', '#2a7d2a', '#8e44ad', '#c2410c', '#0e7490', '#c2185b', '#7a7a00',
  '#393b79', '#8c564b', '#4b5563', '#b45309', '#6d28d9', '#0f766e', '#9f1239', '#5b7d00'];
const KINDS = { COUNTRY: 'country', PERSON: 'person', ORGANIZATION: 'organisation', PLACE: 'place', GROUP: 'group',
  PRODUCT: 'product', OTHER: 'other' };
const SEASONS = { SP: 'spring', SU: 'summer', FA: 'autumn', AU: 'autumn', WI: 'winter' };
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];
const DATE_PARAM = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

const $ = id => document.getElementById(id);

const state = {
  entity: null,          // {name, kind, key, eventCount} of the timeline shown
  events: new Map(),     // id -> event, the whole timeline of the entity
  colors: new Map(),     // type -> colour, fixed while the entity is shown
  types: null,           // Set of types shown, or null for all
  from: '',
  to: '',
  selected: null,        // id of the event in the detail panel
  fresh: new Set(),      // ids changed by live updates a moment ago
  pending: null,         // live updates that arrived while the timeline was being fetched
  loadSeq: 0,
  source: null,          // EventSource
};

// ---------- small helpers ----------

function el(tag, attrs = {}, ...children) {
  const n = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') n.className = v;
    else if (k === 'text') n.textContent = v;
    else if (k.startsWith('on')) n.addEventListener(k.slice(2), v);
    else n.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined) n.append(c);
  return n;
}

async function getJSON(url, attempts = 5) {
  for (let i = 0; ; i++) {
    const r = await fetch(url, { headers: { Accept: 'application/json' } });
    if (r.status === 503 && i < attempts) {
      await new Promise(res => setTimeout(res, 1000 * Math.min(2, Number(r.headers.get('Retry-After')) || 1)));
      continue;
    }
    const body = await r.json().catch(() => ({ error: `HTTP ${r.status}` }));
    if (!r.ok) {
      const err = new Error(body.error || `HTTP ${r.status}`);
      err.status = r.status;
      throw err;
    }
    return body;
  }
}

export function humanType(type) {
  const t = type.toLowerCase().replace(/_/g, ' ');
  return t.charAt(0).toUpperCase() + t.slice(1);
}

/** A TIMEX3 value in words, at its own granularity: "9 October 2006", "Q2 2024", "the 1990s". */
export function humanDate(e) {
  const v = e.date || '';
  let m;
  switch (e.granularity) {
    case 'DAY':
      m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(v);
      return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}` : v;
    case 'MONTH':
      m = /^(\d{4})-(\d{2})$/.exec(v);
      return m ? `${MONTHS[Number(m[2]) - 1]} ${m[1]}` : v;
    case 'WEEK':
      m = /^(\d{4})-W(\d{2})$/.exec(v);
      return m ? `week ${Number(m[2])} of ${m[1]}` : v;
    case 'QUARTER':
      m = /^(\d{4})-Q(\d)$/.exec(v);
      return m ? `Q${m[2]} ${m[1]}` : v;
    case 'SEASON':
      m = /^(\d{4})-(SP|SU|FA|AU|WI)$/.exec(v);
      return m ? `${SEASONS[m[2]]} ${m[1]}` : v;
    case 'DECADE':
      return /^\d{3}$/.test(v) ? `the ${v}0s` : v;
    case 'CENTURY':
      return /^\d{2}$/.test(v) ? `the ${Number(v) + 1}th century` : v;
    default:
      return v;
  }
}

function shortDate(iso) {
  const [y, mo, d] = iso.split('-');
  return `${Number(d)} ${MONTHS[Number(mo) - 1].slice(0, 3)} ${y}`;
}

function describe(e) {
  const mod = e.modality === 'ASSERTED' ? '' : `, ${e.modality.toLowerCase()}`;
  return `${e.title} — ${humanDate(e)} (${e.granularity.toLowerCase()})${mod}; ${humanType(e.type)}; `
    + `${e.sourceCount} source${e.sourceCount === 1 ? '' : 's'}`;
}

function announce(text) {
  $('announce').textContent = '';
  setTimeout(() => { $('announce').textContent = text; }, 30);
}

function rangeStart(p) {
  return p.length === 4 ? `${p}-01-01` : p.length === 7 ? `${p}-01` : p;
}

function rangeEnd(p) {
  if (p.length === 10) return p;
  if (p.length === 7) {
    const [y, m] = p.split('-').map(Number);
    return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  }
  return `${p}-12-31`;
}

// ---------- URL state ----------

function readUrl() {
  const q = new URLSearchParams(location.search);
  const types = (q.get('type') || '').split(',').map(t => t.trim().toUpperCase()).filter(Boolean);
  return {
    entity: q.get('entity') || '',
    types: q.has('type') ? new Set(types) : null,
    from: DATE_PARAM.test(q.get('from') || '') ? q.get('from') : '',
    to: DATE_PARAM.test(q.get('to') || '') ? q.get('to') : '',
    event: q.get('event') || null,
  };
}

function writeUrl(push = false) {
  const q = new URLSearchParams();
  if (state.entity) q.set('entity', state.entity.name);
  if (state.types) q.set('type', [...state.types].sort().join(','));
  if (state.from) q.set('from', state.from);
  if (state.to) q.set('to', state.to);
  if (state.selected) q.set('event', state.selected);
  const url = `${location.pathname}${q.toString() ? '?' + q.toString().replace(/%2C/g, ',') : ''}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (push) history.pushState(null, '', url); else history.replaceState(null, '', url);
}

// ---------- entity picker ----------

let searchTimer = 0;
let searchSeq = 0;

async function searchEntities() {
  const q = $('entity-search').value.trim();
  const seq = ++searchSeq;
  try {
    const body = await getJSON(`entities?limit=200${q ? '&q=' + encodeURIComponent(q) : ''}`);
    if (seq !== searchSeq) return;
    renderEntities(body, q);
  } catch (err) {
    if (seq === searchSeq) $('entity-count').textContent = `Entities could not be listed: ${err.message}`;
  }
}

function renderEntities(body, q) {
  const list = $('entity-list');
  list.replaceChildren();
  for (const e of body.entities) {
    const current = state.entity && state.entity.key === e.key;
    const years = e.firstDay && e.lastDay ? `${e.firstDay.slice(0, 4)}–${e.lastDay.slice(0, 4)}` : '';
    list.append(el('li', {},
      el('a', {
        href: `?entity=${encodeURIComponent(e.name)}`, class: 'entity' + (current ? ' current' : ''),
        'aria-current': current ? 'page' : null, 'data-key': e.key, 'data-name': e.name,
        onclick: ev => {
          if (ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.button !== 0) return;
          ev.preventDefault();
          selectEntity(e.name, true);
        },
      },
      el('span', { class: 'name', text: e.name }),
      el('span', { class: `kind kind-${e.kind}`, text: KINDS[e.kind] || e.kind.toLowerCase() }),
      el('span', { class: 'count', 'aria-label': `${e.eventCount} events`, text: String(e.eventCount) }),
      years ? el('span', { class: 'years', text: years }) : null)));
  }
  const partial = body.partial ? ` (partial: ${body.unreachable.join(', ')} did not answer)` : '';
  $('entity-count').textContent = body.total === 0
    ? `Nothing matches “${q}”.`
    : `${body.total} ${body.total === 1 ? 'entity' : 'entities'}${q ? ` match “${q}”` : ''}${body.total > body.count ? `, first ${body.count} shown` : ''}${partial}`;
}

function pickerKeys(e) {
  const links = [...$('entity-list').querySelectorAll('a.entity')];
  const i = links.indexOf(document.activeElement);
  if (e.key === 'ArrowDown') {
    e.preventDefault();
    (links[i < 0 ? 0 : Math.min(links.length - 1, i + 1)] || document.activeElement).focus();
  } else if (e.key === 'ArrowUp') {
    e.preventDefault();
    if (i <= 0) $('entity-search').focus(); else links[i - 1].focus();
  } else if (e.key === 'Enter' && e.target === $('entity-search') && links.length) {
    e.preventDefault();
    selectEntity(links[0].dataset.name, true);
  } else if (e.key === 'Escape' && e.target === $('entity-search')) {
    $('entity-search').value = '';
    searchEntities();
  }
}

// ---------- timeline of one entity ----------

let timeline = null;

async function selectEntity(name, push, keepFilters = false) {
  const seq = ++state.loadSeq;
  if (!keepFilters) {
    state.types = null;
    state.from = '';
    state.to = '';
    state.selected = null;
  }
  $('empty').hidden = true;
  $('view').hidden = false;
  $('view').setAttribute('aria-busy', 'true');
  $('entity-name').textContent = name;
  $('entity-meta').textContent = 'Loading…';
  let body;
  try {
    body = await getJSON(`timelines/${encodeURIComponent(name)}`);
  } catch (err) {
    if (seq !== state.loadSeq) return;
    $('view').removeAttribute('aria-busy');
    $('entity-meta').textContent = err.status === 404 ? `No timeline for “${name}”.` : `Could not load the timeline: ${err.message}`;
    state.entity = null;
    state.events = new Map();
    if (state.source) state.source.close();
    hideDetail();
    render();
    return;
  }
  if (seq !== state.loadSeq) return;
  const changed = !state.entity || state.entity.key !== body.entity.key;
  state.entity = body.entity;
  state.events = new Map(body.events.map(e => [e.id, e]));
  state.colors = assignColors([...state.events.values()]);
  if (state.pending) state.pending.forEach(u => applyUpdate(u, false));
  state.pending = null;
  $('view').removeAttribute('aria-busy');
  writeUrl(push);
  $('entity-name').textContent = body.entity.name;
  document.title = `${body.entity.name} — Dateline`;
  markCurrentEntity();
  if (changed) {
    document.body.dataset.synced = 'false';
    follow(body.entity.name);
  }
  render(true);
  if (state.selected) showDetail(state.selected, false); else hideDetail();
  announce(`${body.entity.name}: ${body.events.length} events.`);
}

function assignColors(events) {
  const types = [...new Set(events.map(e => e.type))].sort();
  const colors = new Map();
  types.forEach((t, i) => colors.set(t, PALETTE[i % PALETTE.length]));
  return colors;
}

function markCurrentEntity() {
  for (const a of $('entity-list').querySelectorAll('a.entity')) {
    const current = state.entity && a.dataset.key === state.entity.key;
    a.classList.toggle('current', !!current);
    if (current) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  }
}

function allEvents() {
  return [...state.events.values()].sort((a, b) => a.startDay.localeCompare(b.startDay)
    || a.endDay.localeCompare(b.endDay) || a.id.localeCompare(b.id));
}

function shownEvents() {
  const lo = state.from ? rangeStart(state.from) : null;
  const hi = state.to ? rangeEnd(state.to) : null;
  return allEvents().filter(e => (!state.types || state.types.has(e.type))
    && (!lo || e.endDay >= lo) && (!hi || e.startDay <= hi));
}

function render(refit = false) {
  const all = allEvents();
  const shown = shownEvents();
  if (state.entity) {
    const e = state.entity;
    const first = all.length ? all[0].startDay : null;
    const last = all.length ? all.reduce((m, x) => (x.endDay > m ? x.endDay : m), all[0].endDay) : null;
    $('entity-meta').textContent = `${KINDS[e.kind] || e.kind.toLowerCase()} · ${all.length} event${all.length === 1 ? '' : 's'}`
      + (first ? ` · ${first.slice(0, 4)}–${last.slice(0, 4)}` : '')
      + (shown.length !== all.length ? ` · ${shown.length} shown` : '');
  }
  renderTypeChips(all);
  $('from').value = state.from;
  $('to').value = state.to;
  timeline.setData(shown, state.colors, state.fresh);
  timeline.root.setAttribute('aria-label', state.entity
    ? `Timeline of ${state.entity.name}: ${shown.length} events. Arrow keys pan, plus and minus zoom, 0 fits; Tab reaches the events.`
    : 'Timeline');
  if (refit) fitView();
  renderTable(shown);
  timeline.setSelected(state.selected);
}

function fitView() {
  const lo = state.from ? dayMs(rangeStart(state.from)) : null;
  const hi = state.to ? dayMs(rangeEnd(state.to)) + DAY : null;
  timeline.fit(lo, hi);
}

function renderTypeChips(all) {
  const counts = new Map();
  all.forEach(e => counts.set(e.type, (counts.get(e.type) || 0) + 1));
  const box = $('type-chips');
  box.replaceChildren();
  for (const type of [...counts.keys()].sort()) {
    const checked = !state.types || state.types.has(type);
    const input = el('input', { type: 'checkbox', value: type, checked, 'data-type': type });
    input.addEventListener('change', () => {
      const current = new Set(state.types || counts.keys());
      if (input.checked) current.add(type); else current.delete(type);
      state.types = [...counts.keys()].every(t => current.has(t)) ? null : current;
      writeUrl();
      render();
    });
    box.append(el('label', { class: 'chip' + (checked ? '' : ' off'), 'data-type': type },
      input,
      el('span', { class: 'swatch', style: `--c:${state.colors.get(type)}`, 'aria-hidden': 'true' }),
      el('span', { class: 'chip-name', text: humanType(type) }),
      el('span', { class: 'chip-count', 'aria-label': `${counts.get(type)} events`, text: String(counts.get(type)) })));
  }
}

function renderTable(shown) {
  const body = $('event-rows');
  const focusedRow = body.contains(document.activeElement) ? document.activeElement.closest('tr') : null;
  const focusedId = focusedRow ? focusedRow.dataset.id : null;
  body.replaceChildren();
  for (const e of shown) {
    const color = state.colors.get(e.type) || '#4b5563';
    const row = el('tr', {
      'data-id': e.id, 'data-type': e.type, 'data-start': e.startDay,
      class: `mod-${e.modality}${e.id === state.selected ? ' selected' : ''}${state.fresh.has(e.id) ? ' fresh' : ''}`,
      'aria-selected': e.id === state.selected ? 'true' : 'false',
    },
    el('td', { class: 'date' }, el('span', { text: humanDate(e) }), el('span', { class: 'gran', text: e.granularity.toLowerCase() })),
    el('td', { class: 'type' }, el('span', { class: 'swatch', style: `--c:${color}`, 'aria-hidden': 'true' }), humanType(e.type)),
    el('td', { class: 'title' },
      el('button', { type: 'button', class: 'open', onclick: () => showDetail(e.id, true) }, e.title),
      e.modality !== 'ASSERTED' ? el('span', { class: `badge mod-${e.modality}`, text: e.modality.toLowerCase() }) : null),
    el('td', { class: 'num', text: String(e.sourceCount) }));
    body.append(row);
    if (e.id === focusedId) row.querySelector('button.open').focus({ preventScroll: true });
  }
  $('list-empty').hidden = shown.length > 0;
}

// ---------- event detail ----------

/** The evidence sentence with the time expression marked, built as text nodes only. */
export function highlighted(evidence, dateText) {
  const frag = document.createDocumentFragment();
  let i = dateText ? evidence.indexOf(dateText) : -1;
  if (i < 0 && dateText) i = evidence.toLowerCase().indexOf(dateText.toLowerCase());
  if (i < 0) {
    frag.append(evidence);
    return frag;
  }
  frag.append(evidence.slice(0, i), el('mark', { class: 'timex', text: evidence.slice(i, i + dateText.length) }),
    evidence.slice(i + dateText.length));
  return frag;
}

async function showDetail(id, userAction) {
  let e = state.events.get(id);
  if (!e) {
    try {
      e = await getJSON(`events/${encodeURIComponent(id)}`);
    } catch (err) {
      state.selected = null;
      writeUrl();
      return;
    }
  }
  state.selected = id;
  writeUrl();
  timeline.setSelected(id);
  for (const tr of $('event-rows').querySelectorAll('tr')) {
    const sel = tr.dataset.id === id;
    tr.classList.toggle('selected', sel);
    tr.setAttribute('aria-selected', sel ? 'true' : 'false');
  }
  renderDetail(e);
  if (userAction) $('detail-title').focus();
}

function entityLink(entity) {
  return el('a', {
    href: `?entity=${encodeURIComponent(entity.name)}`, class: 'entity-link', 'data-entity': entity.name,
    onclick: ev => {
      if (ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.button !== 0) return;
      ev.preventDefault();
      selectEntity(entity.name, true);
    },
  }, entity.name, el('span', { class: 'kind-inline', text: ` (${KINDS[entity.kind] || entity.kind.toLowerCase()})` }));
}

function renderDetail(e) {
  const panel = $('detail');
  const color = state.colors.get(e.type) || '#4b5563';
  panel.hidden = false;
  document.body.classList.add('with-detail');
  $('detail-title').textContent = e.title;
  const facts = $('detail-facts');
  facts.replaceChildren();
  const fact = (term, ...value) => facts.append(el('dt', { text: term }), el('dd', {}, ...value));
  fact('Date', el('strong', { text: humanDate(e) }), ` — ${e.granularity.toLowerCase()} precision`,
    el('span', { class: 'muted', text: e.startDay === e.endDay ? ` (TIMEX3 ${e.date})`
      : ` (${shortDate(e.startDay)} – ${shortDate(e.endDay)}; TIMEX3 ${e.date})` }));
  fact('Type', el('span', { class: 'swatch', style: `--c:${color}`, 'aria-hidden': 'true' }), humanType(e.type));
  if (e.modality !== 'ASSERTED') {
    fact('Modality', el('span', { class: `badge mod-${e.modality}`, text: e.modality.toLowerCase() }),
      e.modality === 'PLANNED' ? ' — announced or scheduled, not yet known to have happened'
        : e.modality === 'HYPOTHETICAL' ? ' — a possibility the sources discuss' : ' — reported as not having happened');
  }
  const actors = el('ul', { class: 'inline-list' });
  e.actors.forEach(a => actors.append(el('li', {}, entityLink(a))));
  fact('Actors', e.actors.length ? actors : el('span', { class: 'muted', text: 'none named' }));
  fact('Place', e.location ? entityLink(e.location) : el('span', { class: 'muted', text: 'not stated' }));
  fact('Confidence', `${Math.round(e.confidence * 100)} %`);
  fact('Seen', `${shortDate(e.firstSeen.slice(0, 10))}${e.lastSeen.slice(0, 10) !== e.firstSeen.slice(0, 10) ? ' – ' + shortDate(e.lastSeen.slice(0, 10)) : ''}`);

  const total = Math.max(e.sourceCount || 0, e.sources.length);
  $('detail-sources-title').textContent = `${total} source${total === 1 ? '' : 's'}`
    + (total > e.sources.length ? ` (${e.sources.length} shown, loading the others…)` : '');
  if (total > e.sources.length) loadAllSources(e.id);
  const list = $('detail-sources');
  list.replaceChildren();
  for (const s of e.sources) {
    const safeUrl = /^https?:\/\//i.test(s.url) ? s.url : null;
    list.append(el('li', { class: 'source' },
      el('p', { class: 'source-head' },
        el('span', { class: 'outlet', text: s.source }), ' · ',
        el('time', { datetime: s.published, text: shortDate(s.published.slice(0, 10)) })),
      el('p', { class: 'article' }, safeUrl
        ? el('a', { href: safeUrl, rel: 'noopener noreferrer', target: '_blank', text: s.title })
        : el('span', { text: s.title })),
      el('blockquote', { class: 'evidence', cite: safeUrl }, highlighted(s.evidence, s.dateText)),
      el('p', { class: 'source-date muted' },
        'Time expression ', el('q', { text: s.dateText }), ` → ${s.date} · characters ${s.evidenceStart}–${s.evidenceEnd} · confidence ${Math.round(s.confidence * 100)} %`)));
  }
}

/** Timelines carry at most 20 sources of an event; /events/{id} has every one. */
async function loadAllSources(id) {
  try {
    const full = await getJSON(`events/${encodeURIComponent(id)}`);
    if (state.selected === id && full.sources.length >= (full.sourceCount || 0)) renderDetail(full);
  } catch (err) {
    if (state.selected === id) $('detail-sources-title').textContent += ` — could not load the others: ${err.message}`;
  }
}

function hideDetail() {
  $('detail').hidden = true;
  document.body.classList.remove('with-detail');
}

function closeDetail() {
  const id = state.selected;
  state.selected = null;
  hideDetail();
  writeUrl();
  timeline.setSelected(null);
  for (const tr of $('event-rows').querySelectorAll('tr.selected')) {
    tr.classList.remove('selected');
    tr.setAttribute('aria-selected', 'false');
  }
  const back = id && ($('event-rows').querySelector(`tr[data-id="${CSS.escape(id)}"] button`));
  if (back) back.focus();
}

// ---------- live updates ----------

function follow(name) {
  if (state.source) state.source.close();
  if (!window.EventSource) return;
  const source = new EventSource(`updates?entity=${encodeURIComponent(name)}`);
  state.source = source;
  setLive('connecting');
  source.addEventListener('ready', () => {
    setLive('on');
    // what the page showed may be older than the point the stream starts from: fetch again
    if (state.entity) refresh();
  });
  source.addEventListener('update', m => {
    const u = JSON.parse(m.data);
    if (state.pending) state.pending.push(u);
    applyUpdate(u, true);
  });
  source.addEventListener('reset', () => refresh());
  source.addEventListener('bye', () => setLive('off'));
  source.onerror = () => setLive(source.readyState === EventSource.CLOSED ? 'off' : 'connecting');
}

async function refresh() {
  if (!state.entity) return;
  const seq = state.loadSeq;
  state.pending = state.pending || [];
  try {
    const body = await getJSON(`timelines/${encodeURIComponent(state.entity.name)}`);
    if (seq !== state.loadSeq) return;
    const before = JSON.stringify(allEvents());
    state.events = new Map(body.events.map(e => [e.id, e]));
    state.entity = body.entity;
    const pending = state.pending || [];
    state.pending = null;
    pending.forEach(u => applyUpdate(u, false));
    // redraw only when something changed: a redraw moves keyboard focus and screen-reader position
    if (JSON.stringify(allEvents()) !== before) {
      addColors();
      render();
      if (state.selected && state.events.has(state.selected)) renderDetail(state.events.get(state.selected));
    }
  } catch (err) {
    state.pending = null;
  } finally {
    if (seq === state.loadSeq) document.body.dataset.synced = 'true';
  }
}

function addColors() {
  for (const e of state.events.values()) {
    if (!state.colors.has(e.type)) state.colors.set(e.type, PALETTE[state.colors.size % PALETTE.length]);
  }
}

function applyUpdate(u, visible) {
  if (!state.entity || u.entityKey !== state.entity.key) return;
  const had = state.events.has(u.eventId);
  if (u.change === 'REMOVED' || !u.event) {
    state.events.delete(u.eventId);
  } else {
    state.events.set(u.eventId, u.event);
  }
  if (!visible) return;
  addColors();
  if (u.event) {
    state.fresh.add(u.eventId);
    setTimeout(() => {
      state.fresh.delete(u.eventId);
      render();
    }, 6000);
  }
  render();
  if (state.selected === u.eventId) {
    if (u.event) renderDetail(u.event); else closeDetail();
  }
  const what = u.change === 'REMOVED' ? 'removed' : had ? 'updated' : 'new';
  const title = u.event ? u.event.title : u.eventId;
  toast(`${what === 'new' ? 'New event' : what === 'updated' ? 'Updated' : 'Removed'}: ${title}${u.event ? ' (' + humanDate(u.event) + ')' : ''}`);
}

function setLive(mode) {
  const live = $('live');
  live.className = `live ${mode}`;
  live.textContent = mode === 'on' ? 'Live' : mode === 'connecting' ? 'Connecting…' : 'Offline';
  live.title = mode === 'on' ? 'New and changed events appear as the app commits them'
    : 'Not receiving live updates; retrying';
}

let toastTimer = 0;
function toast(text) {
  const t = $('toast');
  t.textContent = text;
  t.classList.add('show');
  clearTimeout(toastTimer);
  toastTimer = setTimeout(() => t.classList.remove('show'), 5000);
}

// ---------- ops panel ----------

async function refreshOps() {
  if (document.hidden) return;
  try {
    renderOps(await getJSON('ops', 0));
  } catch (err) {
    $('health').className = 'health bad';
    $('health').textContent = 'Pipeline: no answer';
    $('ops-error').textContent = `The ops panel could not be refreshed: ${err.message}`;
  }
}

function renderOps(ops) {
  $('ops-error').textContent = '';
  const inst = ops.instances;
  const running = inst.filter(i => i.state === 'RUNNING').length;
  const lag = ops.lag.error ? null : ops.lag.total;
  const dead = ops.totals.deadLetters;
  const tiles = $('ops-tiles');
  tiles.replaceChildren();
  const tile = (label, value, note, level = '') => tiles.append(el('div', { class: `tile ${level}` },
    el('span', { class: 'tile-label', text: label }), el('span', { class: 'tile-value', text: value }),
    el('span', { class: 'tile-note', text: note })));
  tile('Instances running', `${running} / ${inst.length}`, ops.applicationId, running === inst.length ? 'good' : 'bad');
  tile('Consumer lag', lag === null ? '?' : String(lag), lag === null ? ops.lag.error : 'records left to read', lag === null ? 'bad' : lag > 0 ? 'warn' : 'good');
  tile('Dead letters', String(dead), 'records sent to articles-dlq', dead > 0 ? 'warn' : 'good');
  tile('Articles processed', String(ops.totals.articlesProcessed), `${ops.totals.duplicateArticles} duplicates dropped`);
  tile('Events', String(ops.totals.eventsAdded - ops.totals.eventsRemoved),
    `${ops.totals.eventsAdded} added, ${ops.totals.eventsUpdated} updated, ${ops.totals.eventsRemoved} removed`);

  const rows = $('ops-instances');
  rows.replaceChildren();
  for (const i of inst) {
    rows.append(el('tr', {},
      el('td', {}, i.host, i.self ? el('span', { class: 'muted', text: ' (this one)' }) : null),
      el('td', {}, el('span', { class: `state state-${i.state}`, text: i.state })),
      el('td', { text: i.reachable === false ? '—' : i.ready ? 'yes' : `no${i.restoringRecords ? ` (restoring ${i.restoringRecords})` : ''}` }),
      el('td', { class: 'tasks', text: i.activeTasks ? i.activeTasks.join(' ') || '—' : '—' }),
      el('td', { class: 'num', text: i.articlesProcessed ?? '—' }),
      el('td', { class: 'num', title: 'added, updated, removed',
        text: i.eventsAdded === undefined ? '—' : `+${i.eventsAdded} ~${i.eventsUpdated} −${i.eventsRemoved}` }),
      el('td', { class: 'num', text: i.deadLetters ?? '—' }),
      el('td', { class: 'num', text: i.liveClients ?? '—' })));
  }
  const lagRows = $('ops-lag');
  lagRows.replaceChildren();
  for (const p of ops.lag.partitions || []) {
    const topic = p.topic.startsWith(ops.applicationId + '-') ? p.topic.slice(ops.applicationId.length + 1) : p.topic;
    lagRows.append(el('tr', { class: p.records > 0 ? 'lagging' : '' },
      el('td', { title: p.topic, text: topic }), el('td', { class: 'num', text: p.partition }),
      el('td', { class: 'num', text: p.committed < 0 ? '—' : p.committed }), el('td', { class: 'num', text: p.logEnd }),
      el('td', { class: 'num', text: p.lag }), el('td', { class: 'num', text: p.records })));
  }
  $('ops-updated').textContent = `updated ${new Date(ops.at).toLocaleTimeString()}`;
  const health = $('health');
  const ok = running === inst.length && lag === 0 && dead === 0;
  health.className = `health ${ok ? 'good' : running < inst.length || lag === null ? 'bad' : 'warn'}`;
  health.textContent = `${running}/${inst.length} running · lag ${lag === null ? '?' : lag} · ${dead} dead letter${dead === 1 ? '' : 's'}`;
}

// ---------- wiring ----------

function applyRange(ev) {
  ev.preventDefault();
  const from = $('from').value.trim();
  const to = $('to').value.trim();
  const bad = [['From', from], ['To', to]].find(([, v]) => v && !DATE_PARAM.test(v));
  if (bad) {
    $('range-error').textContent = `${bad[0]}: write a year, year-month or day (2018, 2018-06, 2018-06-12).`;
    return;
  }
  if (from && to && rangeStart(from) > rangeEnd(to)) {
    $('range-error').textContent = '“From” is after “To”.';
    return;
  }
  $('range-error').textContent = '';
  state.from = from;
  state.to = to;
  writeUrl();
  render(true);
}

function applyUrl() {
  const u = readUrl();
  state.types = u.types;
  state.from = u.from;
  state.to = u.to;
  state.selected = u.event;
  if (u.entity) {
    if (state.entity && [state.entity.name.toLowerCase(), state.entity.key].includes(u.entity.toLowerCase())) {
      render(true);
      if (state.selected) showDetail(state.selected, false); else if (!$('detail').hidden) closeDetail();
    } else {
      selectEntity(u.entity, false, true);
    }
  } else {
    state.entity = null;
    $('view').hidden = true;
    $('empty').hidden = false;
  }
}

function init() {
  timeline = new Timeline($('timeline'), {
    onSelect: id => showDetail(id, true),
    describe,
    onWindow: (t0, t1) => {
      $('window-label').textContent = `${shortDate(new Date(t0).toISOString().slice(0, 10))} – ${shortDate(new Date(t1).toISOString().slice(0, 10))}`;
    },
  });
  $('entity-search').addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(searchEntities, 120);
  });
  $('picker').addEventListener('keydown', pickerKeys);
  $('filters').addEventListener('submit', applyRange);
  $('range-clear').addEventListener('click', () => {
    $('range-error').textContent = '';
    state.from = '';
    state.to = '';
    writeUrl();
    render(true);
  });
  $('types-all').addEventListener('click', () => {
    state.types = null;
    writeUrl();
    render();
  });
  $('types-none').addEventListener('click', () => {
    state.types = new Set();
    writeUrl();
    render();
  });
  $('zoom-in').addEventListener('click', () => timeline.zoom(0.5));
  $('zoom-out').addEventListener('click', () => timeline.zoom(2));
  $('zoom-fit').addEventListener('click', () => fitView());
  $('pan-left').addEventListener('click', () => timeline.pan(-0.3));
  $('pan-right').addEventListener('click', () => timeline.pan(0.3));
  $('detail-close').addEventListener('click', closeDetail);
  document.addEventListener('keydown', e => {
    if (e.key === 'Escape' && !$('detail').hidden && !e.target.closest('#picker')) closeDetail();
  });
  window.addEventListener('popstate', applyUrl);
  document.addEventListener('visibilitychange', refreshOps);

  searchEntities();
  applyUrl();
  if (!readUrl().entity) {
    // start with the entity with most events, so the page is never empty when there is data
    getJSON('entities?limit=1').then(b => {
      if (!state.entity && b.entities.length && !readUrl().entity) selectEntity(b.entities[0].name, false);
    }).catch(() => {});
  }
  refreshOps();
  setInterval(refreshOps, 5000);
}

init();
