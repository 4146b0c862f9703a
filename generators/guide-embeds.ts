// The operations guides show some ops/ files whole. Each copy is a generated region of the guide
// (markers.ts), rewritten from the file by `npm run generate`, so `--check` fails when a guide shows
// a stale copy. Plain Markdown instead of an MDX `?raw` import keeps the guides out of the MDX
// compiler, which was the costliest step of the site build per page.
import { GenerationError, type GeneratedFile } from './types.js';
import { replaceRegion } from './markers.js';
import { fence } from './markdown.js';

export interface Embed {
  /** The guide, relative to the project root. */
  page: string;
  /** The embedded file, relative to the project root; also the code block's title. */
  file: string;
  /** Expressive Code's language for the block. */
  lang: string;
}

const GUIDES = 'site/content/docs/guides';

export const EMBEDS: readonly Embed[] = [
  { page: `${GUIDES}/docker-desktop.md`, file: 'ops/docker/docker-compose.yml', lang: 'yaml' },
  { page: `${GUIDES}/health-checks.md`, file: 'ops/health/check-litellm.sh', lang: 'bash' },
  { page: `${GUIDES}/health-checks.md`, file: 'ops/health/check-litellm.ps1', lang: 'powershell' },
  { page: `${GUIDES}/health-checks.md`, file: 'ops/systemd/litellm-health.service', lang: 'ini' },
  { page: `${GUIDES}/health-checks.md`, file: 'ops/systemd/litellm-health.timer', lang: 'ini' },
  { page: `${GUIDES}/log-rotation.md`, file: 'ops/logrotate/litellm', lang: 'nginx' },
  { page: `${GUIDES}/log-rotation.md`, file: 'ops/systemd/litellm.service', lang: 'ini' },
  { page: `${GUIDES}/monitoring.md`, file: 'ops/prometheus/prometheus.yml', lang: 'yaml' },
  { page: `${GUIDES}/monitoring.md`, file: 'ops/prometheus/litellm-alerts.yml', lang: 'yaml' },
];

/**
 * Rewrites each guide's embed regions from the files' current text. A file this run generates
 * (the Prometheus alert rules) is taken from `generated`, so the guide never lags one run behind.
 */
export function embedIntoGuides(embeds: readonly Embed[], generated: readonly GeneratedFile[], existing: (path: string) => string | undefined): GeneratedFile[] {
  const fresh = new Map(generated.map((f) => [f.path, f.contents]));
  const pages = new Map<string, string>();
  for (const e of embeds) {
    const page = pages.get(e.page) ?? existing(e.page);
    if (page === undefined) throw new GenerationError(e.page, `the guide that embeds ${e.file} does not exist`);
    const source = fresh.get(e.file) ?? existing(e.file);
    if (source === undefined) throw new GenerationError(e.page, `embeds ${e.file}, which does not exist`);
    pages.set(e.page, replaceRegion(e.page, page, `embed ${e.file}`, fence(e.lang, source.replace(/\n+$/, ''), `title="${e.file}"`), e.file));
  }
  return [...pages].map(([path, contents]) => ({ path, contents }));
}
