// The runtime's registry: generated data (src/generated/registry-data.ts), already validated by
// `npm run generate`. Loading it costs one module parse; no schema, validator or registry source.
import { REGISTRY } from '../generated/registry-data.js';
import type { ErrorEntryView, RuntimeRegistry } from './types.js';

export { REGISTRY };

/** An exact code, an alias (the seed's bare `429`), or a code in another case (`econnrefused`). */
export function findEntry(reg: RuntimeRegistry, id: string): ErrorEntryView | undefined {
  const wanted = id.trim();
  return reg.errors.find((e) => e.code === wanted || e.aliases.includes(wanted))
    ?? reg.errors.find((e) => e.code.toLowerCase() === wanted.toLowerCase());
}
