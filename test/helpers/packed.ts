// Packs this checkout and installs the tarball the way a user does: production dependencies only,
// into an empty folder outside the checkout. Used by the packed-install test and the benchmark.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './project.js';

export interface PackedInstall {
  /** The consumer folder: package.json, node_modules/. */
  dir: string;
  /** node_modules/.bin/provider-fallback */
  bin: string;
  tarball: string;
}

const npm = (args: string[], cwd: string) =>
  execFileSync('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

export function installPacked(): PackedInstall {
  const dir = mkdtempSync(join(tmpdir(), 'pf-installed-'));
  // `npm pack` runs `prepare`, so lib/ is compiled from the current sources first.
  const packed = JSON.parse(npm(['pack', '--json', '--pack-destination', dir], ROOT)) as Array<{ filename: string }>;
  const tarball = join(dir, packed[0]!.filename);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'pf-consumer', private: true, type: 'module' }, null, 2));
  npm(['install', '--omit=dev', '--prefer-offline', '--no-package-lock', tarball], dir);
  return { dir, tarball, bin: join(dir, 'node_modules/.bin/provider-fallback') };
}
