// A small zoomable time axis for one entity's events, drawn in SVG. Written for Dateline: no
// dependencies, a few hundred events at most, keyboard and pointer both first-class.
//
// Coarse events (a week, month, quarter, season, year, decade) are bars as long as the time they
// cover; day-precise ones are dots. Rows are packed so that labels never overlap; when there are
// too many rows for labels, marks are drawn alone and named by their tooltips and the event list.

const NS = 'http://www.w3.org/2000/svg';
export const DAY = 86400000;
const MIN_SPAN = 10 * DAY;
const MAX_SPAN = 400 * 365.25 * DAY;
const AXIS_HEIGHT = 40;
const ROW_HEIGHT = 26;
const MARK_HEIGHT = 16;
const MAX_LABELLED_ROWS = 14;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const STEPS = [
  ['year', 100], ['year', 50], ['year', 20], ['year', 10], ['year', 5], ['year', 2], ['year', 1],
  ['month', 6], ['month', 3], ['month', 1], ['day', 14], ['day', 7], ['day', 2], ['day', 1],
];

export function dayMs(isoDay) {
  return Date.parse(isoDay + 'T00:00:00Z');
}

function node(name, attrs = {}, parent = null) {
  const n = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) {
    if (v !== null && v !== undefined) n.setAttribute(k, String(v));
  }
  if (parent) parent.appendChild(n);
  return n;
}

function approxStepMs([unit, n]) {
  return n * (unit === 'year' ? 365.25 * DAY : unit === 'month' ? 30.44 * DAY : DAY);
}

/** Calendar-aligned ticks between t0 and t1 (UTC), at least minPx apart on a width-px axis. */
export function ticks(t0, t1, width, minPx = 72) {
  const msPerPx = (t1 - t0) / Math.max(1, width);
  let step = STEPS[0];
  for (const s of STEPS) {
    if (approxStepMs(s) / msPerPx >= minPx) step = s; else break;
  }
  const [unit, n] = step;
  const out = [];
  const start = new Date(t0);
  let y = start.getUTCFullYear();
  if (unit === 'year') {
    for (let yy = Math.floor(y / n) * n; ; yy += n) {
      const t = Date.UTC(yy, 0, 1);
      if (t > t1) break;
      if (t >= t0) out.push({ t, label: yy < 0 ? `${-yy} BC` : String(yy), major: yy % (n * 5) === 0 });
    }
  } else if (unit === 'month') {
    let m = Math.floor(start.getUTCMonth() / n) * n;
    for (let guard = 0; guard < 2000; guard++) {
      const t = Date.UTC(y, m, 1);
      if (t > t1) break;
      if (t >= t0) out.push({ t, label: m === 0 ? `${MONTHS[m]} ${y}` : (n >= 3 ? `${MONTHS[m]} ${y}` : MONTHS[m]), major: m === 0 });
      m += n;
      if (m >= 12) { m -= 12; y += 1; }
    }
  } else {
    const days = n === 14 ? [1, 15] : n === 7 ? [1, 8, 15, 22] : null;
    let t = Date.UTC(y, start.getUTCMonth(), start.getUTCDate());
    let first = true;
    for (let guard = 0; guard < 5000 && t <= t1; guard++, t += DAY) {
      const d = new Date(t);
      const dom = d.getUTCDate();
      const keep = days ? days.includes(dom) : (n === 1 || dom % 2 === 1) && dom !== 31;
      if (t >= t0 && keep) {
        const newYear = d.getUTCMonth() === 0 && dom === 1;
        out.push({ t, label: `${dom} ${MONTHS[d.getUTCMonth()]}${first || newYear ? ' ' + d.getUTCFullYear() : ''}`, major: dom === 1 });
        first = false;
      }
    }
  }
  return { unit, n, ticks: out };
}

let measureCtx = null;
function textWidth(text) {
  if (!measureCtx) {
    measureCtx = document.createElement('canvas').getContext('2d');
    measureCtx.font = '12px system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif';
  }
  return measureCtx ? measureCtx.measureText(text).width : text.length * 6.5;
}

/** Relative luminance contrast: white text on dark colours, near-black on light ones. */
function inkFor(hex) {
  const c = [1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16) / 255)
    .map(v => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  const l = 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
  return (1.05) / (l + 0.05) >= (l + 0.05) / 0.05 ? '#ffffff' : '#111827';
}

export class Timeline {
  /**
   * @param root     an empty element to draw in
   * @param options  onSelect(id): an event was chosen; describe(event): its accessible name;
   *                 onWindow(t0, t1): the visible range changed
   */
  constructor(root, options = {}) {
    this.root = root;
    this.onSelect = options.onSelect || (() => {});
    this.describe = options.describe || (e => e.title);
    this.onWindow = options.onWindow || (() => {});
    this.events = [];
    this.colors = new Map();
    this.selected = null;
    this.fresh = new Set();
    this.t0 = Date.UTC(2000, 0, 1);
    this.t1 = Date.UTC(2025, 0, 1);
    this.activeId = null;
    this.frame = 0;
    this.fitted = false;
    this.fitArgs = [null, null];

    root.classList.add('tl');
    root.tabIndex = 0;
    root.setAttribute('role', 'group');
    this.axis = node('svg', { class: 'tl-axis', height: AXIS_HEIGHT, 'aria-hidden': 'true' }, root);
    this.body = document.createElement('div');
    this.body.className = 'tl-body';
    root.appendChild(this.body);
    this.svg = node('svg', { class: 'tl-svg' }, this.body);
    this.empty = document.createElement('p');
    this.empty.className = 'tl-empty';
    this.empty.hidden = true;
    root.appendChild(this.empty);

    root.addEventListener('wheel', e => this.wheel(e), { passive: false });
    root.addEventListener('pointerdown', e => this.pointerDown(e));
    root.addEventListener('keydown', e => this.key(e));
    root.addEventListener('click', e => {
      const mark = e.target.closest && e.target.closest('.ev');
      if (mark && !this.dragged) this.choose(mark.dataset.id);
    });
    if (window.ResizeObserver) new ResizeObserver(() => this.schedule()).observe(root);
  }

  /** The events to draw (sorted by start), their type colours, and which ones just changed. */
  setData(events, colors, fresh = new Set()) {
    this.events = events;
    this.colors = colors;
    this.fresh = fresh;
    if (this.activeId && !events.some(e => e.id === this.activeId)) this.activeId = null;
    // a view nobody has zoomed or moved keeps showing everything, new events included
    if (this.fitted) this.fit(...this.fitArgs); else this.schedule();
  }

  setSelected(id) {
    this.selected = id;
    if (id) this.activeId = id;
    this.schedule();
  }

  window() {
    return [this.t0, this.t1];
  }

  setWindow(t0, t1) {
    let span = Math.min(MAX_SPAN, Math.max(MIN_SPAN, t1 - t0));
    const mid = (t0 + t1) / 2;
    this.t0 = mid - span / 2;
    this.t1 = mid + span / 2;
    this.schedule();
    this.onWindow(this.t0, this.t1);
  }

  /** Shows [from, to) or, without bounds, every event, with a little air at both ends. */
  fit(from = null, to = null) {
    this.fitArgs = [from, to];
    let lo = from;
    let hi = to;
    if (lo === null || hi === null) {
      const starts = this.events.map(e => dayMs(e.startDay));
      const ends = this.events.map(e => dayMs(e.endDay) + DAY);
      if (lo === null) lo = starts.length ? Math.min(...starts) : Date.UTC(new Date().getUTCFullYear() - 10, 0, 1);
      if (hi === null) hi = ends.length ? Math.max(...ends) : Date.now();
    }
    if (hi <= lo) hi = lo + DAY;
    const pad = Math.max((hi - lo) * 0.04, 2 * DAY);
    this.setWindow(lo - pad, hi + pad);
    this.fitted = true;
  }

  zoom(factor, center = (this.t0 + this.t1) / 2) {
    this.fitted = false;
    const span = Math.min(MAX_SPAN, Math.max(MIN_SPAN, (this.t1 - this.t0) * factor));
    const f = (center - this.t0) / (this.t1 - this.t0);
    this.setWindow(center - span * f, center - span * f + span);
  }

  pan(fraction) {
    this.fitted = false;
    const d = (this.t1 - this.t0) * fraction;
    this.setWindow(this.t0 + d, this.t1 + d);
  }

  schedule() {
    if (!this.frame) {
      this.frame = requestAnimationFrame(() => {
        this.frame = 0;
        this.render();
      });
    }
  }

  x(t, width) {
    return ((t - this.t0) / (this.t1 - this.t0)) * width;
  }

  timeAt(clientX) {
    const r = this.root.getBoundingClientRect();
    return this.t0 + ((clientX - r.left) / Math.max(1, r.width)) * (this.t1 - this.t0);
  }

  render() {
    const width = Math.max(200, this.root.clientWidth);
    const hadFocus = this.root.contains(document.activeElement) && document.activeElement.classList
      && document.activeElement.classList.contains('ev');
    this.renderAxis(width);

    const visible = this.events.filter(e => dayMs(e.endDay) + DAY >= this.t0 && dayMs(e.startDay) <= this.t1);
    this.empty.hidden = visible.length > 0;
    this.empty.textContent = this.events.length
      ? 'No events in this part of the time axis: zoom out or press “Fit”.'
      : 'No events match the filters.';
    let layout = this.layout(visible, width, true);
    if (layout.rows > MAX_LABELLED_ROWS) layout = this.layout(visible, width, false);

    const height = Math.max(ROW_HEIGHT * 2, layout.rows * ROW_HEIGHT + 12);
    const svg = this.svg;
    svg.replaceChildren();
    svg.setAttribute('width', width);
    svg.setAttribute('height', height);
    svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
    const defs = node('defs', {}, svg);
    const hatches = new Map();
    const hatch = color => {
      if (!hatches.has(color)) {
        const id = 'hatch-' + color.slice(1);
        const p = node('pattern', { id, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }, defs);
        node('rect', { width: 6, height: 6, fill: '#ffffff' }, p);
        node('rect', { width: 3, height: 6, fill: color }, p);
        hatches.set(color, `url(#${id})`);
      }
      return hatches.get(color);
    };

    // grid lines continue the axis ticks through the rows
    const grid = node('g', { class: 'tl-grid', 'aria-hidden': 'true' }, svg);
    for (const tk of this.lastTicks) {
      const gx = this.x(tk.t, width);
      node('line', { x1: gx, x2: gx, y1: 0, y2: height, class: tk.major ? 'major' : '' }, grid);
    }
    const now = Date.now();
    if (now > this.t0 && now < this.t1) {
      const nx = this.x(now, width);
      node('line', { x1: nx, x2: nx, y1: 0, y2: height, class: 'tl-today' }, grid);
    }

    const marks = node('g', { class: 'tl-marks' }, svg);
    if (!this.activeId || !visible.some(e => e.id === this.activeId)) this.activeId = visible.length ? visible[0].id : null;
    for (const item of layout.items) {
      const e = item.event;
      const color = this.colors.get(e.type) || '#4b5563';
      const y = 6 + item.row * ROW_HEIGHT;
      const cy = y + MARK_HEIGHT / 2;
      const g = node('g', {
        class: `ev mod-${e.modality}${e.id === this.selected ? ' selected' : ''}${this.fresh.has(e.id) ? ' fresh' : ''}`,
        'data-id': e.id, 'data-type': e.type, role: 'button',
        tabindex: e.id === this.activeId ? 0 : -1,
        'aria-label': this.describe(e),
        'aria-pressed': e.id === this.selected ? 'true' : 'false',
      }, marks);
      node('title', {}, g).textContent = this.describe(e);
      const asserted = e.modality === 'ASSERTED';
      const fill = asserted ? color : e.modality === 'PLANNED' ? hatch(color) : e.modality === 'NEGATED' ? '#e5e7eb' : '#ffffff';
      if (item.point) {
        node('circle', { cx: item.cx, cy, r: 6.5, fill, stroke: color, 'stroke-width': asserted ? 1 : 2, class: 'shape' }, g);
      } else {
        node('rect', { x: item.x0, y, width: Math.max(3, item.x1 - item.x0), height: MARK_HEIGHT, rx: 3, fill, stroke: color,
          'stroke-width': asserted ? 1 : 2, class: 'shape' }, g);
      }
      if (item.label) {
        const inside = item.inside;
        node('text', {
          x: inside ? item.x0 + 6 : item.labelX, y: cy + 4,
          class: 'label' + (inside ? ' inside' : ''),
          fill: inside ? inkFor(color) : '#111827',
        }, g).textContent = item.text;
      }
    }
    this.svg.setAttribute('aria-hidden', 'false');
    if (hadFocus) {
      const again = this.svg.querySelector(`.ev[data-id="${cssEscape(this.activeId)}"]`);
      if (again) again.focus({ preventScroll: true });
    }
  }

  renderAxis(width) {
    const axis = this.axis;
    axis.replaceChildren();
    axis.setAttribute('width', width);
    axis.setAttribute('viewBox', `0 0 ${width} ${AXIS_HEIGHT}`);
    const { ticks: list } = ticks(this.t0, this.t1, width);
    this.lastTicks = list;
    node('line', { x1: 0, x2: width, y1: AXIS_HEIGHT - 0.5, y2: AXIS_HEIGHT - 0.5, class: 'tl-baseline' }, axis);
    for (const tk of list) {
      const tx = this.x(tk.t, width);
      node('line', { x1: tx, x2: tx, y1: AXIS_HEIGHT - (tk.major ? 14 : 8), y2: AXIS_HEIGHT, class: 'tl-tick' }, axis);
      if (tx + 4 + textWidth(tk.label) <= width) {
        node('text', { x: tx + 4, y: AXIS_HEIGHT - 16, class: 'tl-ticklabel' + (tk.major ? ' major' : '') }, axis).textContent = tk.label;
      }
    }
  }

  /**
   * Greedy row packing in start order. With labels, each item takes its mark and its label; when
   * that needs too many rows, items take only their marks and each label gets the room left before
   * the next mark of its row (shortened with an ellipsis, or left out under 40 pixels).
   */
  layout(events, width, labels) {
    const rowsEnd = [];
    const items = [];
    for (const e of events) {
      const s = dayMs(e.startDay);
      const end = dayMs(e.endDay) + DAY;
      const point = e.granularity === 'DAY';
      let x0;
      let x1;
      let cx = 0;
      if (point) {
        cx = this.x(s + DAY / 2, width);
        x0 = cx - 7;
        x1 = cx + 7;
      } else {
        x0 = this.x(s, width);
        x1 = Math.max(x0 + 3, this.x(end, width));
      }
      let text = e.title + (e.modality === 'ASSERTED' ? '' : ` (${e.modality.toLowerCase()})`);
      let textW = textWidth(text);
      const inside = !point && x1 - x0 >= textW + 12 && e.modality === 'ASSERTED';
      let labelX = Math.max(x1, 0) + 5;
      let start = x0;
      if (labels && !inside && labelX + textW > width - 2) {
        if (x0 - 5 - textW >= 0) {
          // no room on the right near the end of the axis: the label goes before its mark
          labelX = x0 - 5 - textW;
          start = labelX;
        } else {
          text = fit(text, width - 2 - labelX);
          textW = textWidth(text);
        }
      }
      const extentEnd = labels && !inside ? Math.max(x1, labelX + textW) : x1;
      const from = Math.max(start, -20);
      let row = rowsEnd.findIndex(endX => endX + (labels ? 10 : 4) <= from);
      if (row < 0) {
        row = rowsEnd.length;
        rowsEnd.push(0);
      }
      rowsEnd[row] = extentEnd;
      items.push({ event: e, row, point, cx, x0, x1, label: labels && text.length > 0, text, inside, labelX });
    }
    if (!labels) {
      const byRow = new Map();
      items.forEach(it => (byRow.get(it.row) || byRow.set(it.row, []).get(it.row)).push(it));
      for (const row of byRow.values()) {
        row.forEach((it, i) => {
          if (it.inside) {
            it.label = true;
            return;
          }
          const limit = (i + 1 < row.length ? row[i + 1].x0 : width) - 8;
          const room = limit - it.labelX;
          if (room >= 40) {
            it.label = true;
            it.text = fit(it.text, room);
          }
        });
      }
    }
    return { items, rows: rowsEnd.length };
  }

  wheel(e) {
    if (!this.events.length) return;
    e.preventDefault();
    if (Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
      this.pan(e.deltaX / Math.max(1, this.root.clientWidth));
    } else if (e.shiftKey) {
      this.pan(e.deltaY / Math.max(1, this.root.clientWidth));
    } else {
      const unit = e.deltaMode === 1 ? 30 : e.deltaMode === 2 ? 300 : 1;
      this.zoom(Math.exp(Math.max(-300, Math.min(300, e.deltaY * unit)) * 0.002), this.timeAt(e.clientX));
    }
  }

  pointerDown(e) {
    if (e.button !== 0) return;
    const startX = e.clientX;
    const startY = e.clientY;
    const [t0, t1] = [this.t0, this.t1];
    const scroll = this.body.scrollTop;
    const width = Math.max(1, this.root.clientWidth);
    this.dragged = false;
    const move = ev => {
      const dx = ev.clientX - startX;
      const dy = ev.clientY - startY;
      if (!this.dragged && Math.hypot(dx, dy) < 4) return;
      this.dragged = true;
      this.fitted = false;
      this.root.classList.add('dragging');
      const d = (dx / width) * (t1 - t0);
      this.t0 = t0 - d;
      this.t1 = t1 - d;
      this.body.scrollTop = scroll - dy;
      this.schedule();
    };
    const up = () => {
      window.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      this.root.classList.remove('dragging');
      if (this.dragged) this.onWindow(this.t0, this.t1);
      setTimeout(() => { this.dragged = false; }, 0);
    };
    window.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
  }

  key(e) {
    const mark = e.target.closest && e.target.closest('.ev');
    if (mark) {
      const drawn = new Set([...this.svg.querySelectorAll('.ev')].map(g => g.dataset.id));
      const order = this.events.map(ev => ev.id).filter(id => drawn.has(id));
      const i = order.indexOf(mark.dataset.id);
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        this.choose(mark.dataset.id);
        return;
      }
      if (e.key === 'ArrowRight' || e.key === 'ArrowDown' || e.key === 'ArrowLeft' || e.key === 'ArrowUp') {
        e.preventDefault();
        const next = order[Math.max(0, Math.min(order.length - 1, i + (e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : -1)))];
        this.focusMark(next);
        return;
      }
      if (e.key === 'Home' || e.key === 'End') {
        e.preventDefault();
        this.focusMark(e.key === 'Home' ? order[0] : order[order.length - 1]);
        return;
      }
    }
    const handled = {
      '+': () => this.zoom(0.5), '=': () => this.zoom(0.5), '-': () => this.zoom(2), '_': () => this.zoom(2),
      '0': () => this.fit(),
      ArrowLeft: () => this.pan(-0.2), ArrowRight: () => this.pan(0.2),
    }[e.key];
    if (handled && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      handled();
    }
  }

  focusMark(id) {
    this.activeId = id;
    this.render();
    const g = this.svg.querySelector(`.ev[data-id="${cssEscape(id)}"]`);
    if (g) {
      this.svg.querySelectorAll('.ev[tabindex="0"]').forEach(o => o.setAttribute('tabindex', '-1'));
      g.setAttribute('tabindex', '0');
      g.focus();
    }
  }

  choose(id) {
    this.activeId = id;
    this.onSelect(id);
  }
}

/** The text, shortened with an ellipsis to fit in {@code room} pixels. */
function fit(text, room) {
  if (textWidth(text) <= room) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (textWidth(text.slice(0, mid) + '…') <= room) lo = mid; else hi = mid - 1;
  }
  return lo > 0 ? text.slice(0, lo).trimEnd() + '…' : '';
}

function cssEscape(s) {
  return window.CSS && CSS.escape ? CSS.escape(s) : String(s).replace(/["\\]/g, '\\$&');
}
