// The drift test, in both directions: generated files equal what the registry produces now;
// every registry code is documented in each document; every code a document mentions exists.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRegion } from '../generators/markers.js';
import { PLAYBOOK_PATH } from '../generators/playbook.js';
import { REFERENCE_PATH } from '../generators/reference-md.js';
import { SKILL_PATH } from '../generators/skill-md.js';
import { loadRegistry } from '../registry/index.js';
import { generatedInMemory, ROOT } from './helpers/project.js';

const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');

describe('generated files', () => {
  for (const f of generatedInMemory()) {
    it(`${f.path} equals what the registry generates (run npm run generate if this fails)`, () => {
      expect(read(f.path), `${f.path} drifted from the registry: run npm run generate`).toBe(f.contents);
    });
  }
});

/** Codes a document mentions: anchors, links and backticked tokens shaped like registry codes. */
function mentionedCodes(text: string, nonCodes: ReadonlySet<string>): Set<string> {
  const found = new Set<string>();
  const shapes = [
    /<a id="([^"]+)"><\/a>/g,
    /\]\([^)#]*#([a-z0-9_-]+)\)/gi,
    /`((?:http|groq|openai|openrouter|litellm|kilo)-[a-z0-9-]+|E[A-Z]{3,}(?:_[A-Z]+)?|UND_ERR_[A-Z_]+|ERR_[A-Z_]+)`/g,
  ];
  for (const re of shapes) for (const m of text.matchAll(re)) if (!nonCodes.has(m[1]!)) found.add(m[1]!);
  return found;
}

describe('documents and registry agree in both directions', () => {
  const reg = loadRegistry();
  const codes = new Set(reg.errors.map((e) => e.code));
  // UNKNOWN is not an entry, but classify() returns it and REFERENCE.md explains it.
  const known = new Set([...reg.errors.flatMap((e) => [e.code, ...e.aliases]), 'UNKNOWN']);
  const anchors = new Set([...reg.errors.map((e) => e.code.toLowerCase()), 'unknown']);
  // Code-shaped tokens that are not ours: other systems' codes the prose cites on purpose.
  // Like rustc's tidy exemption lists, this list fails the test below when an item goes stale.
  const CITED_FOREIGN_CODES = ['ERR_SSL_WRONG_VERSION_NUMBER'];
  // Model-group names share the provider prefixes.
  const nonCodes = new Set([...reg.deployments.map((d) => d.modelName), ...CITED_FOREIGN_CODES]);
  const docs = {
    [REFERENCE_PATH]: read(REFERENCE_PATH),
    [`${SKILL_PATH} (codes region)`]: readRegion(read(SKILL_PATH), 'codes') ?? '',
    [PLAYBOOK_PATH]: read(PLAYBOOK_PATH),
  };

  for (const [name, text] of Object.entries(docs)) {
    it(`every registry code appears in ${name}`, () => {
      const missing = [...codes].filter((c) => {
        const e = reg.errors.find((x) => x.code === c)!;
        if (name === PLAYBOOK_PATH && e.seeAlso) return false; // pointer entries have no incident
        return !text.includes(`\`${c}\``);
      });
      expect(missing, `codes missing from ${name}`).toEqual([]);
    });

    it(`every code ${name} mentions exists in the registry`, () => {
      const unknown = [...mentionedCodes(text, nonCodes)].filter((c) => !known.has(c) && !anchors.has(c));
      expect(unknown, `codes in ${name} that the registry does not have`).toEqual([]);
    });
  }

  it('every exemption is still cited somewhere (no stale exemptions)', () => {
    const all = Object.values(docs).join('\n');
    expect(CITED_FOREIGN_CODES.filter((c) => !all.includes(c))).toEqual([]);
  });

  it('the mention scanner finds an unknown code (the check can fail)', () => {
    const text = 'See [`groq-made-up`](#groq-made-up) and `ECONNFAKE`.';
    expect([...mentionedCodes(text, nonCodes)].filter((c) => !known.has(c) && !anchors.has(c))).toEqual(['groq-made-up', 'ECONNFAKE']);
  });
});

describe('the docs site covers every code', () => {
  const reg = loadRegistry();
  const sidebar = JSON.parse(read('site/sidebar.json')) as { errors: Array<string | { items: string[] }> };
  const inSidebar = new Set(sidebar.errors.flatMap((g) => (typeof g === 'string' ? [g] : g.items)));

  it('has a page and a sidebar entry for every registry code', () => {
    const pages = new Set(generatedInMemory().map((f) => f.path));
    const missing = reg.errors.map((e) => `errors/${e.code.toLowerCase()}`)
      .filter((slug) => !inSidebar.has(slug) || !(pages.has(`site/content/docs/${slug}.md`) || pages.has(`site/content/docs/${slug}.mdx`)));
    expect(missing).toEqual([]);
  });

  it('lists no sidebar page that the registry does not have', () => {
    const pages = new Set([...reg.errors.map((e) => `errors/${e.code.toLowerCase()}`), 'errors/unknown']);
    expect([...inSidebar].filter((s) => !pages.has(s))).toEqual([]);
  });

  it('shows every entry\'s sources on its page, upstream code as a link to the file at its commit', () => {
    const missing: string[] = [];
    for (const e of reg.errors) {
      const page = read(`site/content/docs/errors/${e.code.toLowerCase()}.md`);
      const section = page.slice(page.indexOf('## Sources'));
      if (e.sources.length === 0 || !page.includes('## Sources')) missing.push(`${e.code}: no sources section`);
      for (const src of e.sources) {
        const link = src.kind === 'web' ? `](${src.url})` : `](https://github.com/${src.repo}/blob/${src.commit}/${src.path})`;
        if (!section.includes(link)) missing.push(`${e.code}: ${link}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("names on each category's fallback page every error class that stands for the category, with its library", () => {
    const missing: string[] = [];
    for (const [category, c] of Object.entries(reg.wordings.categories)) {
      const recognised = read(`site/content/docs/errors/${c.genericCode.toLowerCase()}.md`).split('## How it is recognised')[1] ?? '';
      for (const lib of reg.errorClasses) {
        for (const cls of lib.classes.filter((k) => k.category === category)) {
          if (!recognised.includes(`\`${cls.name}\``) || !recognised.includes(lib.library)) missing.push(`${c.genericCode}: ${lib.library} ${cls.name}`);
        }
      }
    }
    expect(missing).toEqual([]);
    // openai-php's body that did not parse is one of SERVER's classes; the 400 page does not list it.
    expect(read('site/content/docs/errors/http-500.md')).toContain('openai-php/client `UnserializableResponse`');
    expect(read('site/content/docs/errors/http-400.md')).not.toContain('UnserializableResponse');
  });

  it('the README and the library guide count the libraries whose error classes the registry has', () => {
    const WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
    const count = new Set(reg.errorClasses.map((l) => l.library)).size;
    const said = (doc: string) => [...read(doc).replace(/\s+/g, ' ').matchAll(/\b(\w+) libraries\b/g)].map((m) => m[1]).filter((w) => WORDS.includes(w!));
    for (const doc of ['README.md', 'site/content/docs/guides/library-api.md']) expect(said(doc), doc).toEqual([WORDS[count]]);
  });
});
