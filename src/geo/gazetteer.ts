// The gazetteer index (built by scripts/build-gazetteer.ts). Placeholder interface, filled by the geo stage.
export interface Gazetteer {
  readonly size: number;
}
