// CAMEO facts the GDELT and ACLED exports derive from codes: the event code's levels, its quad
// class and Goldstein score, and the role part of an actor code (SYRMIL → MIL).

/** Goldstein scale of each CAMEO root code (01–20); finer codes take their root's value. */
const GOLDSTEIN_BY_ROOT: readonly number[] = [0, 3, 4, 1, 3.5, 6, 7, 5, -2, -5, -2, -4, -6, -6.5, -7.2, -4, -7, -9, -10, -10];

export interface CameoLevels {
  readonly code: string;
  readonly base: string;
  readonly root: string;
  /** 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
  readonly quadClass: number;
  readonly goldstein: number;
}

export function cameoLevels(code: string | null): CameoLevels | null {
  if (!code || !/^\d{2,4}$/.test(code)) return null;
  const root = Number(code.slice(0, 2));
  if (root < 1 || root > 20) return null;
  const quadClass = root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
  return { code, base: code.slice(0, 3), root: code.slice(0, 2), quadClass, goldstein: GOLDSTEIN_BY_ROOT[root - 1] };
}

/** CAMEO role codes that name international or transnational actors rather than a country. */
const TRANSNATIONAL_PREFIXES = ['IGO', 'NGO', 'IMG', 'MNC', 'UIS'];

/** The actor code's role part: SYRMIL → MIL, IGOUNO → IGO, SYR → null. */
export function actorRole(code: string | null): string | null {
  if (!code || code.length < 3) return null;
  const prefix = code.slice(0, 3).toUpperCase();
  if (TRANSNATIONAL_PREFIXES.includes(prefix)) return prefix;
  return code.length >= 6 ? code.slice(3, 6).toUpperCase() : null;
}
