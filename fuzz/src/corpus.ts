// The conformance corpus (conformance/cases/<area>/<name>.py) as seeds for mutation.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CASES_DIR = fileURLToPath(new URL('../../conformance/cases/', import.meta.url));

export interface Seed {
  id: string;
  text: string;
}

let seeds: Seed[] | null = null;

/** Every plain-UTF-8 case, sorted by id, so a seed index names the same file on every machine. */
export function corpus(): Seed[] {
  if (seeds !== null) return seeds;
  seeds = [];
  for (const area of readdirSync(CASES_DIR).sort()) {
    let entries: string[];
    try {
      entries = readdirSync(CASES_DIR + area).sort();
    } catch {
      continue;
    }
    for (const entry of entries) {
      if (!entry.endsWith('.py')) continue;
      const bytes = readFileSync(`${CASES_DIR}${area}/${entry}`);
      let text: string;
      try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        continue; // syntax/binary_garbage.py: the byte-string fuzzers cover undecodable input
      }
      seeds.push({ id: `${area}/${entry.slice(0, -3)}`, text });
    }
  }
  return seeds;
}
