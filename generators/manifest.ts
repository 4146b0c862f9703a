// The manifest of generated files, and orphans: a file the generator wrote once that no registry
// entry produces any more (a removed provider's page, an emptied category). `generate --check`
// fails on them and `generate` removes them. Pure: the caller lists the disk through writer.ts.
import type { GeneratedFile } from './types.js';

export const MANIFEST_PATH = 'generators/generated-files.json';

/** Folders that hold generated files only: anything else in them is an orphan. */
export const GENERATED_FOLDERS = [
  'site/content/docs/errors',
  'site/content/docs/providers',
  'site/content/docs/categories',
  'site/content/docs/reference',
  'src/generated',
] as const;

export function manifestFile(files: readonly GeneratedFile[]): GeneratedFile {
  const paths = files.map((f) => f.path).filter((p) => p !== MANIFEST_PATH).sort();
  return { path: MANIFEST_PATH, contents: `${JSON.stringify({ note: 'Written by npm run generate: every file it produces. Do not edit.', files: paths }, null, 2)}\n` };
}

/** Paths the last run wrote (its manifest) or that sit in a generated folder, but that no generator produces now. */
export function findOrphans(files: readonly GeneratedFile[], previousManifest: string | undefined, inGeneratedFolders: readonly string[]): string[] {
  const produced = new Set(files.map((f) => f.path));
  let previous: string[] = [];
  try {
    previous = previousManifest ? (JSON.parse(previousManifest) as { files?: string[] }).files ?? [] : [];
  } catch {
    previous = []; // an unreadable manifest is regenerated; the folder scan still finds orphans
  }
  return [...new Set([...previous, ...inGeneratedFolders])].filter((p) => !produced.has(p)).sort();
}
