// The place panel: who held the place over time, with the events behind each change.
import { actorColour } from './colors.js';
import { h } from './dom.js';
import type { ViewControlStep } from './model.js';

export function renderPlace(name: string | null, id: string, steps: readonly ViewControlStep[], eventHref: (id: string) => string): HTMLElement {
  return h(
    'section',
    { class: 'place', 'aria-label': 'Place' },
    h('h2', { id: 'panel-title', tabindex: '-1' }, name ?? id),
    steps.length
      ? h(
          'ol',
          { class: 'control-steps' },
          steps.map((st) =>
            h(
              'li',
              { class: `step step-${st.status}` },
              h('span', { class: 'swatch holder', style: `--c:${actorColour(st.holder)}`, 'aria-hidden': 'true' }),
              h('strong', {}, st.holder ?? 'unknown holder'),
              st.previous ? ` (from ${st.previous})` : '',
              h('span', { class: 'step-date' }, ` ${st.date ?? 'undated'}${st.precision && st.precision !== 'day' ? ` (${st.precision})` : ''}`),
              h('span', { class: 'step-meta' }, ` · ${st.status} · ${st.modality} · ${st.sources} source(s)`),
              st.events.length ? h('ul', { class: 'step-events' }, st.events.map((e) => h('li', {}, h('a', { href: eventHref(e) }, `event ${e}`)))) : null,
            ),
          ),
        )
      : h('p', {}, 'No change of control is recorded for this place.'),
  );
}
