// Analyst corrections of an event: retype, actors, place, date, modality, mark wrong, merge
// with another event, split reports off, and undo. Writes carry the API token, asked once in
// a dialog and kept in sessionStorage for the tab's life.
import { ApiError, correctEvent, mergeEvents, splitEvent, storeToken, storedToken, undoCorrection, type CorrectionInput } from './api.js';
import { KNOWN_TYPES, MODALITIES } from './colors.js';
import { h } from './dom.js';
import type { ViewEventDetail } from './model.js';

/** Asks for the token in a modal form (not window.prompt); null when the analyst cancels. */
export function askToken(): Promise<string | null> {
  return new Promise((resolve) => {
    const input = h('input', { type: 'password', name: 'token', id: 'token-input', autocomplete: 'off', required: true });
    const dialog = h(
      'dialog',
      { class: 'token-dialog', 'aria-labelledby': 'token-title' },
      h(
        'form',
        { method: 'dialog' },
        h('h2', { id: 'token-title' }, 'API token'),
        h('p', {}, 'Corrections are stored through the API and need its token (SITREP_TOKEN). It is kept for this tab only.'),
        h('label', { for: 'token-input' }, 'Token'),
        input,
        h('div', { class: 'actions' }, h('button', { type: 'submit', value: 'ok' }, 'Save'), h('button', { type: 'submit', value: 'cancel', formnovalidate: true }, 'Cancel')),
      ),
    );
    dialog.addEventListener('close', () => {
      const token = dialog.returnValue === 'ok' ? input.value.trim() : '';
      dialog.remove();
      if (token) storeToken(token);
      resolve(token || null);
    });
    document.body.appendChild(dialog);
    dialog.showModal();
    input.focus();
  });
}

/** Runs a write, asking for the token first when there is none, and again once on a 401. */
export async function withToken<T>(write: () => Promise<T>): Promise<T | null> {
  if (!storedToken() && !(await askToken())) return null;
  try {
    return await write();
  } catch (error) {
    if (!(error instanceof ApiError) || error.status !== 401) throw error;
    storeToken(null);
    if (!(await askToken())) return null;
    return write();
  }
}

interface CorrectionRow {
  id: string;
  kind: string;
  who: string;
  at: string;
  undone: boolean;
  after: unknown;
}

function correctionRow(v: unknown): CorrectionRow | null {
  const o = v && typeof v === 'object' ? (v as Record<string, unknown>) : null;
  if (!o || (typeof o.id !== 'string' && typeof o.id !== 'number')) return null;
  return {
    id: String(o.id),
    kind: typeof o.kind === 'string' ? o.kind : '?',
    who: typeof o.who === 'string' ? o.who : '',
    at: typeof o.at === 'string' ? o.at : '',
    undone: o.undone === true || (typeof o.undoneAt === 'string' && o.undoneAt !== ''),
    after: o.after,
  };
}

function field(label: string, control: HTMLElement): HTMLElement {
  const id = `fix-${label.toLowerCase().replace(/\W+/g, '-')}`;
  control.id = id;
  return h('div', { class: 'field' }, h('label', { for: id }, label), control);
}

function select(name: string, options: string[], value: string): HTMLSelectElement {
  const el = h('select', { name }, options.map((o) => h('option', { value: o }, o)));
  el.value = value;
  return el;
}

/** The corrections section of an event panel; `done` reloads the page's data after a write. */
export function renderCorrections(e: ViewEventDetail, corrections: readonly unknown[], done: (message: string) => void): HTMLElement {
  const known = corrections.map(correctionRow).filter((c): c is CorrectionRow => c !== null);
  const status = h('p', { class: 'fix-status', role: 'status', 'aria-live': 'polite' });
  const run = async (what: string, write: () => Promise<unknown>) => {
    status.textContent = `${what}…`;
    try {
      const result = await withToken(write);
      status.textContent = result === null ? 'Cancelled: no token.' : `${what}: saved.`;
      if (result !== null) done(`${what}: saved`);
    } catch (error) {
      status.textContent = `${what} failed: ${error instanceof Error ? error.message : String(error)}`;
    }
  };
  const correct = (what: string, input: CorrectionInput) => run(what, () => correctEvent(e.id, input));

  const type = select('plover', [...new Set([e.plover, ...KNOWN_TYPES])], e.plover);
  const actor1 = h('input', { name: 'actor1', value: e.actor1?.name ?? '' });
  const actor2 = h('input', { name: 'actor2', value: e.actor2?.name ?? '' });
  const placeName = h('input', { name: 'place', value: e.place?.name ?? '' });
  const lat = h('input', { name: 'lat', inputmode: 'decimal', value: e.place?.lat ?? '' });
  const lon = h('input', { name: 'lon', inputmode: 'decimal', value: e.place?.lon ?? '' });
  const date = h('input', { name: 'date', type: 'date', value: e.date && e.date.length === 10 ? e.date : '' });
  const precision = select('precision', ['day', 'month', 'year'], e.precision ?? 'day');
  const modality = select('modality', MODALITIES, e.modality);
  const mergeWith = h('input', { name: 'merge', placeholder: 'other event id' });
  const actorRef = (name: string, was: { code: string | null } | null) => (name.trim() ? { name: name.trim(), code: was?.code ?? null, country: null } : null);
  const submit = (label: string, action: () => void) =>
    h('button', { type: 'button', onclick: action }, label);

  const splitBoxes = e.reports.map((r) => h('input', { type: 'checkbox', value: r.id, 'aria-label': `split off the report of ${r.outlet ?? r.articleId}` }));
  const history = known.length
    ? h('ul', { class: 'fix-history' }, known.map((c) =>
        h('li', { class: c.undone ? 'undone' : '' },
          `${c.kind}${c.who ? ` by ${c.who}` : ''}${c.at ? ` at ${c.at}` : ''}${c.undone ? ' (undone)' : ''} `,
          c.undone ? null : submit(`Undo ${c.kind}`, () => run(`Undo ${c.kind}`, () => undoCorrection(c.id))))))
    : h('p', {}, 'None yet.');

  return h(
    'details',
    { class: 'corrections' },
    h('summary', {}, 'Correct this event'),
    h('div', { class: 'fix-grid' },
      h('fieldset', {}, h('legend', {}, 'Type'), field('PLOVER type', type),
        submit('Save type', () => correct('Type', { kind: 'retype', after: { plover: type.value } }))),
      h('fieldset', {}, h('legend', {}, 'Actors'), field('Actor 1', actor1), field('Actor 2', actor2),
        submit('Save actors', () => correct('Actors', { kind: 'actors', after: { actor1: actorRef(actor1.value, e.actor1), actor2: actorRef(actor2.value, e.actor2) } }))),
      h('fieldset', {}, h('legend', {}, 'Place'), field('Place name', placeName), field('Latitude', lat), field('Longitude', lon),
        submit('Save place', () => correct('Place', {
          kind: 'place',
          after: { name: placeName.value.trim(), lat: lat.value ? Number(lat.value) : null, lon: lon.value ? Number(lon.value) : null, country: e.place?.country ?? null, admin1: null, geonameid: null, precision: 'city' },
        }))),
      h('fieldset', {}, h('legend', {}, 'Date'), field('Date', date), field('Precision', precision),
        submit('Save date', () => correct('Date', { kind: 'date', after: { date: date.value || null, precision: date.value ? precision.value : null } }))),
      h('fieldset', {}, h('legend', {}, 'Modality'), field('Modality', modality),
        submit('Save modality', () => correct('Modality', { kind: 'modality', after: { modality: modality.value } }))),
      h('fieldset', {}, h('legend', {}, 'Merge and split'), field('Merge with event', mergeWith),
        submit('Merge', () => mergeWith.value.trim() && run('Merge', () => mergeEvents([e.id, mergeWith.value.trim()]))),
        e.reports.length > 1
          ? h('div', { class: 'split' }, h('p', {}, 'Split these reports off into an event of their own:'),
              h('ul', {}, e.reports.map((r, i) => h('li', {}, h('label', {}, splitBoxes[i], ` ${r.outlet ?? r.articleId} · ${r.published ?? ''}`)))),
              submit('Split', () => {
                const chosen = splitBoxes.filter((b) => b.checked).map((b) => b.value);
                if (chosen.length) void run('Split', () => splitEvent(e.id, chosen));
              }))
          : null),
    ),
    h('div', { class: 'fix-actions' },
      submit(e.wrong ? 'Marked wrong' : 'Mark this event wrong', () => correct('Mark wrong', { kind: 'wrong', after: {} }))),
    status,
    h('h4', {}, 'Corrections of this event'),
    history,
  );
}
