// The only code that writes generated files. Two modes:
//  - write: stage every changed file as a temp file next to its target, then rename them all into
//    place; if any staging step fails, remove the temps and leave every file untouched.
//  - check: write nothing; report each drifted file with a unified diff.
import { createTwoFilesPatch } from 'diff';
import { readdirSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { readIfExists, writeFilesAtomically } from '../src/files.js';
import type { GeneratedFile } from './types.js';

export { readIfExists };

export type FileState = 'unchanged' | 'changed' | 'created';

export interface PlannedFile extends GeneratedFile {
  state: FileState;
  current: string | undefined;
}

export function plan(root: string, files: readonly GeneratedFile[]): PlannedFile[] {
  return files.map((f) => {
    const current = readIfExists(join(root, f.path));
    const state: FileState = current === undefined ? 'created' : current === f.contents ? 'unchanged' : 'changed';
    return { ...f, state, current };
  });
}

/** Writes only changed files, all or nothing. Returns the plan so the caller can report per file. */
export function writeAll(root: string, files: readonly GeneratedFile[]): PlannedFile[] {
  const planned = plan(root, files);
  writeFilesAtomically(planned.filter((f) => f.state !== 'unchanged').map((f) => ({ target: join(root, f.path), contents: f.contents })));
  return planned;
}

export function unifiedDiff(f: PlannedFile): string {
  return createTwoFilesPatch(`a/${f.path}`, `b/${f.path}`, f.current ?? '', f.contents, 'on disk', 'from registry', { context: 3 });
}

/** Every file under `folder` (relative to root, forward slashes); none when the folder is absent. */
export function listFiles(root: string, folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw e;
    }
    for (const d of entries) {
      const p = join(dir, d.name);
      if (d.isDirectory()) walk(p);
      else out.push(relative(root, p).split(sep).join('/'));
    }
  };
  walk(join(root, folder));
  return out;
}

/** Removes orphaned generated files; call only after writeAll succeeded. */
export function removeFiles(root: string, paths: readonly string[]): void {
  for (const p of paths) rmSync(join(root, p), { force: true });
}
