// The site's Markdown pipeline: site/plugins/remark-gfm-lite.mjs replaces remark-gfm (tables and
// bare URLs only). Rendered with Astro's own Markdown processor, every page of the site must come
// out exactly as it would with full GFM, so turning GFM off lost nothing; and the check fails on
// GFM syntax the lite plugin does not support.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createMarkdownProcessor, type MarkdownProcessor } from '@astrojs/markdown-remark';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs remark plugin, as astro.config.mjs loads it
import remarkGfmLite from '../site/plugins/remark-gfm-lite.mjs';
import { ROOT } from './helpers/project.js';

const CONTENT = join(ROOT, 'site/content/docs');

function markdownPages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? markdownPages(join(dir, d.name)) : d.name.endsWith('.md') ? [join(dir, d.name)] : []);
}

let gfm: MarkdownProcessor;
let lite: MarkdownProcessor;
const html = async (p: MarkdownProcessor, md: string) => (await p.render(md)).code;

beforeAll(async () => {
  // Highlighting is Expressive Code's job and the same either way, so it is left out here.
  gfm = await createMarkdownProcessor({ gfm: true, smartypants: false, syntaxHighlight: false });
  lite = await createMarkdownProcessor({ gfm: false, smartypants: false, syntaxHighlight: false, remarkPlugins: [remarkGfmLite] });
});

describe('remark-gfm-lite', () => {
  it('renders tables', async () => {
    const out = await html(lite, '| Code | Status |\n| --- | ---: |\n| `groq-rate-limit` | 429 |\n');
    expect(out).toContain('<table>');
    expect(out).toContain('<td align="right">429</td>');
  });

  it('links bare URLs, leaving trailing punctuation and unbalanced parentheses outside', async () => {
    const out = await html(lite, 'See https://console.groq.com/settings/limits. Or (https://openrouter.ai/docs/api-reference/limits), and https://en.wikipedia.org/wiki/Foo_(bar)!');
    expect(out).toContain('<a href="https://console.groq.com/settings/limits">https://console.groq.com/settings/limits</a>.');
    expect(out).toContain('(<a href="https://openrouter.ai/docs/api-reference/limits">https://openrouter.ai/docs/api-reference/limits</a>),');
    expect(out).toContain('<a href="https://en.wikipedia.org/wiki/Foo_(bar)">https://en.wikipedia.org/wiki/Foo_(bar)</a>!');
  });

  it('leaves URLs in code and in links alone', async () => {
    const out = await html(lite, 'Run `curl http://localhost:4000/health` or read [the docs](https://docs.litellm.ai/docs/proxy/health).');
    expect(out).toContain('<code>curl http://localhost:4000/health</code>');
    expect(out.match(/<a /g)).toHaveLength(1);
  });

  it('renders every page of the site exactly as full GFM does', async () => {
    const pages = markdownPages(CONTENT);
    expect(pages.length).toBeGreaterThan(100);
    const differing: string[] = [];
    for (const page of pages) {
      const md = readFileSync(page, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
      if ((await html(gfm, md)) !== (await html(lite, md))) differing.push(relative(ROOT, page));
    }
    expect(differing, 'pages that render differently without full GFM').toEqual([]);
  }, 60_000);

  it('the comparison fails on GFM syntax the lite plugin does not support (strikethrough, footnotes, task lists, www. links)', async () => {
    for (const md of ['~~retired~~ model', 'A claim.[^1]\n\n[^1]: The source.', '- [x] done', 'Go to www.example.com now.']) {
      expect(await html(lite, md), md).not.toBe(await html(gfm, md));
    }
  });
});
