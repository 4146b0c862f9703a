// docs/COVERAGE.md: the seed's "Coverage Analysis" table reproduced from its Appendix B, beside
// where each seed code lives in the registry today, plus the 23 seed gaps and what closes them.
import type { Registry } from '../registry/schema.js';
import { SEED_FAMILIES, type SeedFamily } from '../registry/seed-codes.js';
import { htmlHeader } from './header.js';
import { codeLink, inReference, SOURCE_TITLES, table, type CodeHref } from './markdown.js';
import type { GeneratedFile } from './types.js';

export const COVERAGE_PATH = 'docs/COVERAGE.md';

export interface CoverageRow {
  family: string;
  documented: number;
  missing: number;
  /** The seed's own figure: documented / (documented + missing), rounded down as the seed did. */
  seedCoverage: number;
  /** Seed codes of the family that now have a registry entry with a resolution. */
  nowDocumented: number;
  nowCoverage: number;
}

function percent(part: number, whole: number): number {
  return whole === 0 ? 100 : Math.floor((100 * part) / whole);
}

export function coverageRows(reg: Registry, families: readonly SeedFamily[] = SEED_FAMILIES): CoverageRow[] {
  const bySeedId = new Map(reg.errors.filter((e) => e.seed).map((e) => [e.seed!.id, e]));
  return families.map((f) => {
    const all = [...f.documented, ...f.missing];
    const now = all.filter((id) => (bySeedId.get(id)?.resolution.length ?? 0) > 0).length;
    return {
      family: f.family, documented: f.documented.length, missing: f.missing.length,
      seedCoverage: percent(f.documented.length, all.length), nowDocumented: now, nowCoverage: percent(now, all.length),
    };
  });
}

/** The report's Markdown body; `href` says where a code's documentation is from the page it lands on. */
export function renderCoverage(reg: Registry, href: CodeHref): string {
  const rows = coverageRows(reg);
  const bySeedId = new Map(reg.errors.filter((e) => e.seed).map((e) => [e.seed!.id, e]));
  const seedTable = table(['Category', 'Documented', 'Missing', 'Coverage'], rows.map((r) => [r.family, String(r.documented), String(r.missing), `${r.seedCoverage}%`]));
  const nowTable = table(['Category', 'Seed codes', 'In the registry now', 'Coverage now'], rows.map((r) => [r.family, String(r.documented + r.missing), String(r.nowDocumented), `${r.nowCoverage}%`]));
  const mapping = table(['Seed id', 'Registry entry', 'Note'], SEED_FAMILIES.flatMap((f) => [...f.documented, ...f.missing]).map((id) => {
    const e = bySeedId.get(id);
    return [`\`${id}\``, e ? codeLink(e.code, href) : 'MISSING', e?.seeAlso ? `no provider emits it; use ${codeLink(e.seeAlso, href)}` : e?.seed?.correction ? 'corrected (see entry)' : ''];
  }));
  const seedIds = new Set(SEED_FAMILIES.flatMap((f) => [...f.documented, ...f.missing]));
  const beyond = table(['Source', 'Codes the seed did not name'], Object.entries(SOURCE_TITLES).map(([source, title]) => {
    const extra = reg.errors.filter((e) => e.source === source && !(e.seed && seedIds.has(e.seed.id)));
    return [title, extra.length ? extra.map((e) => codeLink(e.code, href)).join(', ') : '–'];
  }));
  const gaps = table(['Gap', 'Issue', 'Closed by', 'Codes'], reg.seedGaps.map((g) => [
    g.id, g.title, g.closedBy.join('; '),
    reg.errors.filter((e) => e.seedGaps.includes(g.id)).map((e) => `\`${e.code}\``).join(', ') || '–',
  ]));
  return [
    '## The seed\'s coverage analysis, reproduced',
    '',
    'Computed from the seed\'s Appendix B (registry/seed-codes.ts); it must equal the seed\'s own table.',
    '',
    seedTable,
    '',
    '## Coverage now',
    '',
    nowTable,
    '',
    '## Every seed id and its entry',
    '',
    mapping,
    '',
    '## Codes beyond the seed',
    '',
    beyond,
    '',
    '## The seed\'s 23 gaps',
    '',
    gaps,
    '',
  ].join('\n');
}

export function generateCoverage(reg: Registry): GeneratedFile[] {
  const contents = [htmlHeader('registry/ and registry/seed-codes.ts'), '# Coverage', '', renderCoverage(reg, inReference('../'))].join('\n');
  return [{ path: COVERAGE_PATH, contents }];
}
