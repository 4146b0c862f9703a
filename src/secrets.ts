// Secrets never reach the output: values are shown as their first few characters and a length,
// and a last pass over every message replaces any secret that slipped through (a provider can
// echo a key in an error body, and a pasted log line can hold one). doctor knows the values it
// read; explain and scan know only the shapes: the registry's key prefixes and URLs with a password.
import { KEY_PREFIXES } from './generated/enums.js';
import { escapeRegExp } from './regexp.js';

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

const URL_WITH_PASSWORD = /[a-z][a-z0-9+.-]*:\/\/[^\s:/@'"]*:[^\s@/'"]+@/i;

let keyLike: RegExp | undefined;
/**
 * Anything that starts like a provider key (the registry's prefixes: gsk_, sk-, sk-or-v1-) followed
 * by 16+ key characters. Built on first use: the package entry imports this module, and a
 * module-level `new RegExp` (a side effect to a bundler) would keep it in the paste box's bundle.
 */
function keyLikePattern(): RegExp {
  keyLike ??= new RegExp(`(?<![A-Za-z0-9])(?:${KEY_PREFIXES.map(escapeRegExp).join('|')})[A-Za-z0-9_-]{16,}`, 'g');
  keyLike.lastIndex = 0;
  return keyLike;
}

/** `true` when the value holds something shaped like a key or a URL with a password. */
export function looksSecret(value: string): boolean {
  return keyLikePattern().test(value) || URL_WITH_PASSWORD.test(value);
}

/** Substrings of `text` that look like secrets, for the final redaction pass as well. */
export function secretLookalikes(text: string): string[] {
  const keys = text.match(keyLikePattern()) ?? [];
  const urls = [...text.matchAll(new RegExp(URL_WITH_PASSWORD.source, 'gi'))].map((m) => m[0]);
  return [...keys, ...urls];
}

/** `text` with every key-shaped substring and URL password masked: for output built from error text. */
export function maskLookalikes(text: string): string {
  return redact(text, secretLookalikes(text));
}
