// A page as it arrives, before any cleaning: bytes plus what the transport said about them.
export interface RawPage {
  /** What the user named: a file path, a URL, or "-" for stdin. */
  readonly origin: string;
  readonly url: string | null;
  readonly file: string | null;
  readonly bytes: Uint8Array;
  /** The Content-Type header, when the page came over HTTP. */
  readonly contentType: string | null;
  /** A publication date given by the transport (a feed item's date), YYYY-MM-DD. */
  readonly published: string | null;
}

/** An input that could not be read, with the reason; the run goes on without it. */
export interface InputFailure {
  readonly origin: string;
  readonly error: Error;
}
