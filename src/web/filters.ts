// The filter form, kept in step with the URL: reading the state fills it in, and any change
// in it writes the new filters back (text fields after a short pause).
import { KNOWN_TYPES, MODALITIES, TIMINGS, typeColour } from './colors.js';
import { h } from './dom.js';
import { emptyFilters, type Filters } from './state.js';

const TYPING_PAUSE_MS = 350;

function checkboxes(name: string, values: string[], colour?: (v: string) => string): HTMLElement {
  return h(
    'fieldset',
    { class: `checks checks-${name}` },
    h('legend', {}, name === 'type' ? 'Type (PLOVER)' : name[0].toUpperCase() + name.slice(1)),
    values.map((v) =>
      h('label', { class: 'check' }, h('input', { type: 'checkbox', name, value: v }), colour ? h('span', { class: 'swatch asserted', style: `--c:${colour(v)}`, 'aria-hidden': 'true' }) : null, ` ${v}`),
    ),
  );
}

function text(name: string, label: string, attrs: Record<string, string> = {}): HTMLElement {
  return h('div', { class: 'field' }, h('label', { for: `f-${name}` }, label), h('input', { id: `f-${name}`, name, ...attrs }));
}

export class FilterForm {
  private timer: number | undefined;
  readonly form: HTMLFormElement;

  constructor(root: HTMLElement, private readonly onChange: (f: Filters) => void) {
    this.form = h(
      'form',
      { class: 'filters', 'aria-label': 'Filters', role: 'search' },
      text('q', 'Search the evidence', { type: 'search', placeholder: 'words in the evidence' }),
      text('actor', 'Actor', { list: 'actor-names', autocomplete: 'off' }),
      h('datalist', { id: 'actor-names' }),
      text('country', 'Country (ISO code)', { maxlength: '3', size: '4', autocapitalize: 'characters' }),
      text('min_sources', 'Minimum independent sources', { type: 'number', min: '0', step: '1', inputmode: 'numeric' }),
      h('div', { class: 'dates' }, text('from', 'From', { type: 'date' }), text('to', 'To', { type: 'date' })),
      checkboxes('type', KNOWN_TYPES, typeColour),
      checkboxes('modality', MODALITIES),
      checkboxes('timing', TIMINGS),
      h('button', { type: 'reset', class: 'reset' }, 'Clear all filters'),
    );
    this.form.addEventListener('submit', (ev) => ev.preventDefault());
    this.form.addEventListener('change', (ev) => {
      if ((ev.target as HTMLInputElement).type !== 'search') this.emit(0);
    });
    this.form.addEventListener('input', (ev) => {
      const t = ev.target as HTMLInputElement;
      if (t.type === 'search' || t.name === 'actor' || t.name === 'country') this.emit(TYPING_PAUSE_MS);
    });
    this.form.addEventListener('reset', () => {
      window.clearTimeout(this.timer);
      this.onChange(emptyFilters());
    });
    root.appendChild(this.form);
  }

  setActors(names: string[]): void {
    this.form.querySelector('#actor-names')!.replaceChildren(...names.map((n) => h('option', { value: n })));
  }

  private input(name: string): HTMLInputElement {
    return this.form.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
  }

  private checked(name: string): string[] {
    return [...this.form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map((i) => i.value);
  }

  read(): Filters {
    const min = Number.parseInt(this.input('min_sources').value, 10);
    return {
      type: this.checked('type'),
      actor: this.input('actor').value.trim(),
      country: this.input('country').value.trim().toUpperCase(),
      modality: this.checked('modality'),
      timing: this.checked('timing'),
      minSources: Number.isFinite(min) && min > 0 ? min : 0,
      q: this.input('q').value.trim(),
      from: this.input('from').value,
      to: this.input('to').value,
    };
  }

  write(f: Filters): void {
    const types = this.form.querySelector('.checks-type')!;
    for (const t of f.type) {
      // A type from a shared URL that the palette does not list still gets its box.
      if (!types.querySelector(`input[value="${CSS.escape(t)}"]`)) types.appendChild(h('label', { class: 'check' }, h('input', { type: 'checkbox', name: 'type', value: t }), ` ${t}`));
    }
    for (const [name, values] of [['type', f.type], ['modality', f.modality], ['timing', f.timing]] as const) {
      for (const box of this.form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)) box.checked = values.includes(box.value);
    }
    const set = (name: string, value: string) => {
      const el = this.input(name);
      if (document.activeElement !== el || el.value.trim() !== value) el.value = value;
    };
    set('actor', f.actor);
    set('country', f.country);
    set('min_sources', f.minSources ? String(f.minSources) : '');
    set('q', f.q);
    set('from', f.from);
    set('to', f.to);
  }

  private emit(delay: number): void {
    window.clearTimeout(this.timer);
    this.timer = window.setTimeout(() => this.onChange(this.read()), delay);
  }
}
