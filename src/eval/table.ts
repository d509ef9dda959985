// Plain-text tables of gold scores, for the terminal and the README.
import { total, type FileScore, type Scores } from './score.js';

const ASPECTS = ['events', 'modality', 'timing', 'quotes', 'claims'] as const;

const pct = (x: number) => x.toFixed(3);

function rows(label: (aspect: string) => string, pick: (aspect: (typeof ASPECTS)[number]) => Scores): string[] {
  return ASPECTS.map((a) => {
    const s = pick(a);
    return `| ${label(a).padEnd(9)} | ${String(s.tp).padStart(3)} | ${String(s.fp).padStart(3)} | ${String(s.fn).padStart(3)} | ${pct(s.precision)} | ${pct(s.recall)} | ${pct(s.f1)} |`;
  });
}

const HEADER = ['| aspect    |  tp |  fp |  fn | prec. | recall |    F1 |', '|-----------|-----|-----|-----|-------|--------|-------|'];

export function formatScores(files: readonly FileScore[]): string {
  const out: string[] = [];
  for (const f of files) {
    out.push(`## ${f.file}`, '', ...HEADER, ...rows((a) => a, (a) => f[a]), '');
    for (const m of f.misses) out.push(`miss     ${m.gold} ${m.plover}: ${m.why}`);
    for (const s of f.spurious) out.push(`spurious ${s.event} ${s.description}\n         “${s.evidence}”`);
    for (const w of f.wrong) out.push(`wrong    ${w}`);
    out.push('');
  }
  if (files.length > 1) out.push(`## all ${files.length} files (micro-average)`, '', ...HEADER, ...rows((a) => a, (a) => total(files, a)), '');
  return out.join('\n');
}
