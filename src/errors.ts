// Coded errors: every failure a user can meet has a stable code and a message that says what to do.
export type ErrorCode =
  | 'SITREP_E_INPUT' // an input cannot be read (missing, binary, empty, too large)
  | 'SITREP_E_ENCODING' // bytes that decode to nothing sensible
  | 'SITREP_E_LANG' // text in a language Sitrep has no pack for
  | 'SITREP_E_FETCH' // a URL that cannot be fetched (timeout, size, private address…)
  | 'SITREP_E_FEED' // a feed that cannot be parsed
  | 'SITREP_E_PIPELINE' // a programming error in the stage order
  | 'SITREP_E_GAZETTEER' // the gazetteer index is missing or broken
  | 'SITREP_E_STORE' // the database cannot be opened or written
  | 'SITREP_E_USAGE' // bad command-line or API parameters
  | 'SITREP_E_AUTH' // an API write without the right token, or with writes disabled
  | 'SITREP_E_NOT_FOUND'; // an API resource (event, article, correction…) that does not exist

export class SitrepError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly detail?: unknown,
  ) {
    super(message);
    this.name = 'SitrepError';
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof SitrepError) return `${error.code}: ${error.message}`;
  if (error instanceof Error) return error.message;
  return String(error);
}
