// The event list beside the map: one button per event, navigable with the arrow keys
// (roving focus, one tab stop), Enter opens the event; the open one is marked aria-current.
// It shows a page of the view's events and a "Show more" button while more are in view.
import { isAsserted, typeColour } from './colors.js';
import { h } from './dom.js';
import type { ViewEvent } from './model.js';

export function sortByDate(events: readonly ViewEvent[]): ViewEvent[] {
  return [...events].sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || b.sources - a.sources || a.id.localeCompare(b.id));
}

export class EventList {
  private selected: string | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly status: HTMLElement,
    private readonly more: HTMLButtonElement,
    private readonly onOpen: (id: string) => void,
    onMore: () => void,
  ) {
    root.addEventListener('keydown', (ev) => this.keys(ev));
    more.addEventListener('click', onMore);
  }

  /** Lists `events`, the newest of the `total` in view. */
  render(events: readonly ViewEvent[], total: number): void {
    const shown = sortByDate(events);
    this.status.textContent =
      total > shown.length
        ? `${total} events in view; the ${shown.length} newest listed`
        : `${shown.length} event${shown.length === 1 ? '' : 's'}`;
    this.more.hidden = total <= shown.length;
    this.root.replaceChildren(
      ...shown.map((e, i) =>
        h(
          'li',
          { id: `item-${e.id}` },
          h(
            'button',
            {
              type: 'button', class: `item${e.wrong ? ' wrong' : ''}`, 'data-id': e.id, tabindex: i === 0 ? '0' : '-1',
              'aria-current': e.id === this.selected ? 'true' : null, onclick: () => this.onOpen(e.id),
            },
            h('span', { class: `swatch ${isAsserted(e.modality) ? 'asserted' : 'hedged'}`, style: `--c:${typeColour(e.plover)}`, 'aria-hidden': 'true' }),
            h('span', { class: 'item-type' }, e.plover, e.mode ? `/${e.mode}` : ''),
            h('span', { class: 'item-place' }, e.place?.name ?? 'no place'),
            h('span', { class: 'item-date' }, e.date ?? 'undated'),
            h('span', { class: 'item-actors' }, [e.actor1?.name, e.actor2?.name].filter(Boolean).join(' → ')),
            h('span', { class: 'item-meta' }, `${e.modality} · ${e.timing} · ${e.sources} src`),
          ),
        ),
      ),
    );
  }

  select(id: string | null): void {
    this.selected = id;
    for (const b of this.root.querySelectorAll<HTMLButtonElement>('button.item')) {
      if (b.dataset.id === id) b.setAttribute('aria-current', 'true');
      else b.removeAttribute('aria-current');
    }
  }

  private keys(ev: KeyboardEvent): void {
    const buttons = [...this.root.querySelectorAll<HTMLButtonElement>('button.item')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (at < 0) return;
    const next = ev.key === 'ArrowDown' ? at + 1 : ev.key === 'ArrowUp' ? at - 1 : ev.key === 'Home' ? 0 : ev.key === 'End' ? buttons.length - 1 : null;
    if (next === null || next < 0 || next >= buttons.length) return;
    ev.preventDefault();
    buttons[at].tabIndex = -1;
    buttons[next].tabIndex = 0;
    buttons[next].focus();
  }
}
