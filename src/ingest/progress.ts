// The progress line of a long ingest: items done of known, rate, ETA and errors, redrawn in
// place on a terminal's stderr, silent when stderr is a pipe or a file.
import type { QueueCounts } from '../store/repository.js';

export interface ProgressLine {
  update(counts: QueueCounts): void;
  /** Clears the line before the summary is printed. */
  end(): void;
}

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  return s >= 3600 ? `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m` : s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

export function progressLine(stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }, now: () => number = Date.now): ProgressLine {
  if (!stream.isTTY) return { update() {}, end() {} };
  const start = now();
  let drawn = false;
  return {
    update(c) {
      const finished = c.done + c.failed;
      const total = finished + c.pending + c.running;
      const elapsed = (now() - start) / 1000;
      const rate = elapsed > 0 ? finished / elapsed : 0;
      const eta = rate > 0 ? (total - finished) / rate : Infinity;
      const line = `ingest: ${finished}/${total} pages · ${rate.toFixed(1)}/s · ETA ${duration(eta)} · ${c.failed} failed`;
      stream.write(`\r${line.slice(0, (stream.columns ?? 100) - 1)}\x1b[K`);
      drawn = true;
    },
    end() {
      if (drawn) stream.write('\r\x1b[K');
    },
  };
}
