// registry/codes.lock.json: every code ever issued, sorted. Append-only: the generator adds new
// codes and keeps old ones; validation rejects a registry that drops a locked code.
import type { Registry } from '../registry/schema.js';
import type { GeneratedFile, GenerateContext } from './types.js';

export const CODES_LOCK_PATH = 'registry/codes.lock.json';

export function readLockedCodes(text: string | undefined): string[] {
  if (text === undefined) return [];
  const parsed = JSON.parse(text) as { codes?: unknown };
  return Array.isArray(parsed.codes) ? parsed.codes.filter((c): c is string => typeof c === 'string') : [];
}

export function generateCodesLock(reg: Registry, ctx: GenerateContext): GeneratedFile[] {
  const codes = new Set([...readLockedCodes(ctx.existing(CODES_LOCK_PATH)), ...reg.errors.map((e) => e.code)]);
  const contents = `${JSON.stringify({
    $comment: 'Append-only ledger of every error code ever issued. Never remove or reuse a code: set lifecycle "removed" in the registry. Updated by npm run generate.',
    codes: [...codes].sort(),
  }, null, 2)}\n`;
  return [{ path: CODES_LOCK_PATH, contents }];
}
