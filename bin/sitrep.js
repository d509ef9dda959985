#!/usr/bin/env node
// Runs the compiled CLI (dist/node, built by `npm run build:node`, which `prepare` runs) when it is
// up to date with src/, else the TypeScript sources through tsx: an edit to src/ always runs.
import { compiledUrl } from '../scripts/build-node.js';

let entry = compiledUrl('src/cli/main.ts', ['src']);
if (!entry) {
  const { register } = await import('tsx/esm/api');
  register();
  entry = '../src/cli/main.ts';
}
const { main } = await import(entry);
process.exitCode = await main(process.argv.slice(2));
