// File helpers the generators' writer and `provider-fallback init` share: read a file that may be
// absent, and write a set of files all or nothing.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface FileToWrite {
  target: string;
  contents: string;
}

/** The file's text, or undefined when it does not exist (any other error is thrown). */
export function readIfExists(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

/**
 * Each file is staged as a temp file beside its target, and only when every one is staged are they
 * renamed into place. A failed step removes the temps and leaves every existing file as it was.
 */
export function writeFilesAtomically(files: readonly FileToWrite[]): void {
  const staged: Array<{ tmp: string; target: string }> = [];
  try {
    for (const f of files) {
      mkdirSync(dirname(f.target), { recursive: true });
      const tmp = `${f.target}.tmp-${process.pid}`;
      writeFileSync(tmp, f.contents);
      staged.push({ tmp, target: f.target });
    }
  } catch (e) {
    for (const s of staged) rmSync(s.tmp, { force: true });
    throw e;
  }
  for (const s of staged) renameSync(s.tmp, s.target);
}
