// Generated regions inside hand-written files, delimited by HTML comments:
//   <!-- BEGIN GENERATED: name (...) -->  ...  <!-- END GENERATED: name -->
// Everything outside the markers belongs to the author and is preserved byte for byte.
import { GenerationError } from './types.js';
import { escapeRegExp } from '../src/regexp.js';

/** Names may be paths (`embed ops/docker/docker-compose.yml`), so they are matched literally. */
const begin = (name: string) => new RegExp(`^<!-- BEGIN GENERATED: ${escapeRegExp(name)}(?= |-->)[^\\n]*-->$`, 'm');
const end = (name: string) => `<!-- END GENERATED: ${name} -->`;

/** `source` is what the region is made from, which is what to edit instead of the region. */
export function beginMarker(name: string, source = 'registry/'): string {
  const edit = source === 'registry/' ? 'the registry' : source;
  return `<!-- BEGIN GENERATED: ${name} (from ${source}; edit ${edit}, then npm run generate) -->`;
}

export function region(name: string, body: string, source?: string): string {
  return `${beginMarker(name, source)}\n${body.trimEnd()}\n${end(name)}`;
}

/** Replaces the body of one named region; throws naming the file when markers are missing or doubled. */
export function replaceRegion(file: string, text: string, name: string, body: string, source?: string): string {
  const b = begin(name).exec(text);
  const endAt = text.indexOf(end(name));
  if (!b || endAt < 0) throw new GenerationError(file, `missing marker pair for generated region '${name}' (${beginMarker(name)} ... ${end(name)})`);
  if (text.indexOf(end(name), endAt + 1) >= 0 || begin(name).exec(text.slice(b.index + 1))) {
    throw new GenerationError(file, `generated region '${name}' appears more than once`);
  }
  if (endAt < b.index) throw new GenerationError(file, `END marker of '${name}' comes before its BEGIN marker`);
  return text.slice(0, b.index) + region(name, body, source) + text.slice(endAt + end(name).length);
}

/** The body of a region, for tests and the drift check. */
export function readRegion(text: string, name: string): string | undefined {
  const b = begin(name).exec(text);
  const endAt = text.indexOf(end(name));
  if (!b || endAt < b.index) return undefined;
  return text.slice(b.index + b[0].length, endAt);
}
