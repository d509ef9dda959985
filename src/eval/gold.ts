// The `sitrep-gold/1` format (see ../shared/README.md): what a careful analyst reads in one
// document. Parsed leniently — users write these by hand — and checked by zod, so a bad file
// gets a clear message naming the field.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { SitrepError } from '../errors.js';

const Names = z.union([z.string(), z.array(z.string())]).nullable().optional();

export const GoldEntity = z.object({
  name: z.string(),
  kind: z.string().optional(),
  country: z.string().optional(),
  role: z.string().optional(),
  match: z.array(z.string()).optional(),
  forms: z.array(z.string()).optional(),
});
export type GoldEntity = z.infer<typeof GoldEntity>;

export const GoldPlace = z.object({
  name: z.string(),
  kind: z.string().optional(),
  country: z.string().optional(),
  lat: z.number().nullable().optional(),
  lon: z.number().nullable().optional(),
  forms: z.array(z.string()).optional(),
});
export type GoldPlace = z.infer<typeof GoldPlace>;

export const GoldEvent = z.object({
  id: z.string(),
  required: z.boolean().default(true),
  plover: z.string(),
  mode: z.string().nullable().optional(),
  actor1: Names,
  actor2: Names,
  place: z.string().nullable().optional(),
  date: z.string().nullable().optional(),
  timing: z.string().optional(),
  modality: z.string().optional(),
  source: z.string().nullable().optional(),
  evidence: z.string().optional(),
});
export type GoldEvent = z.infer<typeof GoldEvent>;

export const GoldFile = z.object({
  format: z.literal('sitrep-gold/1'),
  document: z.string(),
  lang: z.string(),
  published: z.string().nullable().optional(),
  entities: z.array(GoldEntity).default([]),
  places: z.array(GoldPlace).default([]),
  dates: z.array(z.object({ form: z.string(), date: z.string().optional(), precision: z.string().optional(), duration: z.string().optional() })).default([]),
  events: z.array(GoldEvent).default([]),
  quotes: z.array(z.object({ speaker: z.string().nullable(), direct: z.boolean().default(true), starts_with: z.string() })).default([]),
  claims: z.array(z.object({ source: z.string(), modality: z.string(), about: z.string().optional(), cue: z.string().optional() })).default([]),
});
export type GoldFile = z.infer<typeof GoldFile>;

export interface LoadedGold {
  readonly path: string;
  /** The document's path, resolved against the gold file's folder. */
  readonly documentPath: string;
  readonly gold: GoldFile;
}

export function loadGold(path: string): LoadedGold {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new SitrepError('SITREP_E_INPUT', `cannot read the gold file (${(error as Error).message})`);
  }
  const parsed = GoldFile.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SitrepError('SITREP_E_INPUT', `not a sitrep-gold/1 file: ${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return { path, documentPath: resolve(dirname(path), parsed.data.document), gold: parsed.data };
}
