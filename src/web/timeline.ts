// The timeline: events per day (or per few days on long spans) stacked by type, as SVG; a brush
// dragged over it sets the time window, and "play" slides that window through time.
import { typeColour } from './colors.js';
import type { DayCount } from './model.js';

const SVG = 'http://www.w3.org/2000/svg';
const DAY_MS = 86_400_000;
const MAX_BARS = 240;
const HEIGHT = 90;
const AXIS = 16;

export function dayNumber(iso: string): number {
  return Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / DAY_MS);
}

export function isoDay(n: number): string {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export interface Bins {
  first: number;
  /** Days per bar. */
  step: number;
  bars: { start: number; byType: Map<string, number>; total: number }[];
}

/** Groups day counts into at most MAX_BARS bars of whole days. */
export function binDays(counts: readonly DayCount[]): Bins | null {
  const valid = counts.filter((c) => Number.isFinite(dayNumber(c.day)) && c.count > 0);
  if (!valid.length) return null;
  const days = valid.map((c) => dayNumber(c.day));
  const first = Math.min(...days);
  const last = Math.max(...days);
  const step = Math.max(1, Math.ceil((last - first + 1) / MAX_BARS));
  const bars = Array.from({ length: Math.floor((last - first) / step) + 1 }, (_, i) => ({ start: first + i * step, byType: new Map<string, number>(), total: 0 }));
  valid.forEach((c, i) => {
    const bar = bars[Math.floor((days[i] - first) / step)];
    bar.byType.set(c.type, (bar.byType.get(c.type) ?? 0) + c.count);
    bar.total += c.count;
  });
  return { first, step, bars };
}

export interface TimelineHandlers {
  /** The brushed window changed; empty strings clear it. */
  onWindow(from: string, to: string): void;
}

export class Timeline {
  private bins: Bins | null = null;
  private window: [number, number] | null = null;
  private playing: number | null = null;
  private readonly svg: SVGSVGElement;

  constructor(private readonly root: HTMLElement, private readonly handlers: TimelineHandlers) {
    this.svg = document.createElementNS(SVG, 'svg');
    this.svg.setAttribute('role', 'img');
    this.svg.setAttribute('aria-label', 'Events per day by type; drag to choose a time window');
    this.svg.classList.add('timeline-svg');
    root.appendChild(this.svg);
    this.brushEvents();
    new ResizeObserver(() => {
      this.render();
      this.drawBrush();
    }).observe(root);
  }

  setData(counts: readonly DayCount[], from: string, to: string): void {
    this.bins = binDays(counts);
    this.render();
    this.setWindow(from, to);
  }

  /** Moves the brush only: the bars stay (a filter change must not redraw thousands of them). */
  setWindow(from: string, to: string): void {
    this.window = from && to ? [dayNumber(from), dayNumber(to)] : null;
    this.drawBrush();
  }

  get isPlaying(): boolean {
    return this.playing !== null;
  }

  /** Slides the window (a week when none is set) one step at a time until the last day. */
  togglePlay(onStop: () => void): void {
    if (this.playing !== null) {
      window.clearInterval(this.playing);
      this.playing = null;
      onStop();
      return;
    }
    if (!this.bins) return;
    const last = this.bins.first + this.bins.bars.length * this.bins.step - 1;
    const width = this.window ? this.window[1] - this.window[0] + 1 : 7 * this.bins.step;
    let start = this.window && this.window[1] < last ? this.window[0] : this.bins.first;
    const tick = () => {
      if (start > last) {
        this.togglePlay(onStop);
        return;
      }
      this.handlers.onWindow(isoDay(start), isoDay(start + width - 1));
      start += Math.max(1, Math.ceil(width / 2));
    };
    tick();
    this.playing = window.setInterval(tick, 900);
  }

  private x(day: number, width: number): number {
    const b = this.bins!;
    return ((day - b.first) / (b.bars.length * b.step)) * width;
  }

  private dayAt(px: number): number {
    const b = this.bins!;
    const width = this.svg.clientWidth || 1;
    const rel = Math.max(0, Math.min(1, px / width));
    return b.first + Math.min(b.bars.length * b.step - 1, Math.floor(rel * b.bars.length * b.step));
  }

  private render(): void {
    const width = this.root.clientWidth || 600;
    this.svg.setAttribute('viewBox', `0 0 ${width} ${HEIGHT + AXIS}`);
    this.svg.setAttribute('width', String(width));
    this.svg.setAttribute('height', String(HEIGHT + AXIS));
    this.svg.replaceChildren();
    if (!this.bins) {
      const t = this.el('text', { x: '8', y: '20', class: 'empty' });
      t.textContent = 'No dated events';
      this.svg.appendChild(t);
      return;
    }
    const b = this.bins;
    const max = Math.max(...b.bars.map((bar) => bar.total));
    const barW = Math.max(1, width / b.bars.length - 1);
    const g = this.el('g', { class: 'bars' });
    for (const bar of b.bars) {
      let y = HEIGHT;
      const x = this.x(bar.start, width);
      for (const [type, n] of [...bar.byType].sort()) {
        const hgt = (n / max) * (HEIGHT - 4);
        y -= hgt;
        const rect = this.el('rect', { x: x.toFixed(1), y: y.toFixed(1), width: barW.toFixed(1), height: hgt.toFixed(1), fill: typeColour(type) });
        const title = this.el('title', {});
        title.textContent = `${isoDay(bar.start)}${b.step > 1 ? ` (+${b.step - 1} d)` : ''}: ${n} ${type}`;
        rect.appendChild(title);
        g.appendChild(rect);
      }
    }
    this.svg.appendChild(g);
    const last = b.first + b.bars.length * b.step - 1;
    for (const [day, anchor] of [[b.first, 'start'], [last, 'end']] as const) {
      const t = this.el('text', { x: String(anchor === 'start' ? 2 : width - 2), y: String(HEIGHT + AXIS - 3), 'text-anchor': anchor, class: 'axis' });
      t.textContent = isoDay(day);
      this.svg.appendChild(t);
    }
  }

  private drawBrush(): void {
    this.svg.querySelector('.brush')?.remove();
    if (!this.window || !this.bins) return;
    const width = this.root.clientWidth || 600;
    const x0 = this.x(this.window[0], width);
    const x1 = this.x(this.window[1] + 1, width);
    this.svg.appendChild(this.el('rect', { class: 'brush', x: x0.toFixed(1), y: '0', width: Math.max(2, x1 - x0).toFixed(1), height: String(HEIGHT) }));
  }

  private el(tag: string, attrs: Record<string, string>): SVGElement {
    const e = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    return e;
  }

  private brushEvents(): void {
    let anchor: number | null = null;
    const local = (ev: PointerEvent) => ev.clientX - this.svg.getBoundingClientRect().left;
    this.svg.addEventListener('pointerdown', (ev) => {
      if (!this.bins) return;
      anchor = this.dayAt(local(ev));
      this.svg.setPointerCapture(ev.pointerId);
    });
    this.svg.addEventListener('pointermove', (ev) => {
      if (anchor === null) return;
      const day = this.dayAt(local(ev));
      this.window = [Math.min(anchor, day), Math.max(anchor, day)];
      this.drawBrush();
    });
    this.svg.addEventListener('pointerup', (ev) => {
      if (anchor === null) return;
      const day = this.dayAt(local(ev));
      const [a, b] = [Math.min(anchor, day), Math.max(anchor, day)];
      anchor = null;
      this.handlers.onWindow(isoDay(a), isoDay(b));
    });
  }
}
