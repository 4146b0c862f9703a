// Secrets never reach the output: values are shown as their first few characters and a length,
// and a last pass over every message replaces any secret that slipped through (a provider can
// echo a key in an error body).

/**
 * `gsk_AbCd…`: at most 8 characters, and at most a quarter of the value, so a short (weak) secret
 * is not given away by its own mask.
 */
export function mask(value: string): string {
  if (value === '') return '(empty)';
  const shown = Math.min(8, Math.floor(value.length / 4));
  return `${value.slice(0, shown)}…`;
}

/** `gsk_AbCd… (56 chars)`: the mask plus the length, which helps spot a truncated paste. */
export function describeSecret(value: string): string {
  return `${mask(value)} (${value.length} chars)`;
}

/** Values this short are too common to redact by substring (they would mangle ordinary words). */
const MIN_REDACT_LENGTH = 6;

/** Replaces every occurrence of a secret in `text` by its mask, longest secret first. */
export function redact(text: string, secrets: Iterable<string>): string {
  const list = [...new Set(secrets)].filter((s) => s.length >= MIN_REDACT_LENGTH).sort((a, b) => b.length - a.length);
  let out = text;
  for (const s of list) out = out.split(s).join(mask(s));
  return out;
}
