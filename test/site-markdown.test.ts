// The site's Markdown pipeline: site/plugins/remark-gfm-lite.mjs replaces remark-gfm (tables and
// bare URLs only). Rendered with Astro's own Markdown processor, every page of the site must come
// out exactly as it would with full GFM, so turning GFM off lost nothing; and the check fails on
// GFM syntax the lite plugin does not support. site/plugins/rehype-raw-when-needed.mjs skips
// Astro's parse5 pass on pages without raw HTML: every page must keep the same DOM.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createMarkdownProcessor, type MarkdownProcessor } from '@astrojs/markdown-remark';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import rehypeRaw from 'rehype-raw';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs remark plugin, as astro.config.mjs loads it
import remarkGfmLite from '../site/plugins/remark-gfm-lite.mjs';
// @ts-expect-error: a plain .mjs rehype plugin, as astro.config.mjs loads it
import rehypeRawWhenNeeded from '../site/plugins/rehype-raw-when-needed.mjs';
// @ts-expect-error: a plain .mjs remark plugin, as astro.config.mjs loads it
import remarkShellTabs from '../site/plugins/remark-shell-tabs.mjs';
import { ROOT } from './helpers/project.js';

const CONTENT = join(ROOT, 'site/content/docs');

function markdownPages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? markdownPages(join(dir, d.name)) : d.name.endsWith('.md') ? [join(dir, d.name)] : []);
}

let gfm: MarkdownProcessor;
let lite: MarkdownProcessor;
let site: MarkdownProcessor;
let siteWithoutSkip: MarkdownProcessor;
const html = async (p: MarkdownProcessor, md: string) => (await p.render(md)).code;
/**
 * The DOM a browser builds from a page's HTML followed by the rest of the page, written out again:
 * equal for equivalent HTML, and different when an unclosed tag would swallow what follows.
 */
const dom = (h: string) => toHtml(fromHtml(`${h}<footer></footer>`, { fragment: true }));
const pageBody = (page: string) => readFileSync(page, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');

/** Marks one element the way Starlight's heading links do: a boolean property, which parse5 writes as `=""`. */
function rehypeBooleanProperty() {
  return (tree: { children: unknown[] }) => {
    tree.children.push({ type: 'element', tagName: 'span', properties: { dataPagefindIgnore: true }, children: [] });
  };
}

beforeAll(async () => {
  // Highlighting is Expressive Code's job and the same either way, so it is left out here.
  gfm = await createMarkdownProcessor({ gfm: true, smartypants: false, syntaxHighlight: false });
  lite = await createMarkdownProcessor({ gfm: false, smartypants: false, syntaxHighlight: false, remarkPlugins: [remarkGfmLite] });
  const siteOptions = { gfm: false, smartypants: false, syntaxHighlight: false as const, remarkPlugins: [remarkGfmLite, remarkShellTabs] };
  site = await createMarkdownProcessor({ ...siteOptions, rehypePlugins: [rehypeBooleanProperty, rehypeRawWhenNeeded] });
  siteWithoutSkip = await createMarkdownProcessor({ ...siteOptions, rehypePlugins: [rehypeBooleanProperty] });
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
      const md = pageBody(page);
      if ((await html(gfm, md)) !== (await html(lite, md))) differing.push(relative(ROOT, page));
    }
    expect(differing, 'pages that render differently without full GFM').toEqual([]);
  }, 60_000);

  it('the comparison fails on GFM syntax the lite plugin does not support (strikethrough, footnotes, task lists, www. links)', async () => {
    const pipelessTable = 'Code | Status\n--- | ---\n`groq-rate-limit` | 429';
    for (const md of ['~~retired~~ model', 'A claim.[^1]\n\n[^1]: The source.', '- [x] done', 'Go to www.example.com now.', pipelessTable]) {
      expect(await html(lite, md), md).not.toBe(await html(gfm, md));
    }
  });
});

describe('rehype-raw-when-needed', () => {
  it("replaces Astro's rehype-raw: a page without raw HTML skips the parse5 pass", async () => {
    // Only a skipped pass leaves a boolean property bare; parse5 writes it as an empty value.
    expect(await html(site, 'Plain text.')).toContain('<span data-pagefind-ignore></span>');
    expect(await html(siteWithoutSkip, 'Plain text.')).toContain('<span data-pagefind-ignore=""></span>');
  });

  it('turns a lone HTML comment into a comment node and still parses other raw HTML', async () => {
    const comment = '<!-- Generated from registry/. Do not edit. -->\n\nText.';
    expect(await html(site, comment)).toContain('<!-- Generated from registry/. Do not edit. -->\n<p>Text.</p><span data-pagefind-ignore></span>');
    // The svg is reparsed (its self-closed rect written out closed), so the boolean property gets `=""`.
    const svg = 'Before.\n\n<svg role="img" viewBox="0 0 10 10"><title>Chart</title><rect width="5" height="5"/></svg>\n\nAfter.';
    expect(await html(site, svg)).toBe(await html(siteWithoutSkip, svg));
    expect(await html(site, svg)).toContain('<rect width="5" height="5"></rect>');
  });

  it('every page of the site has the same DOM with and without the skip', async () => {
    const differing: string[] = [];
    for (const page of markdownPages(CONTENT)) {
      const md = pageBody(page);
      if (dom(await html(site, md)) !== dom(await html(siteWithoutSkip, md))) differing.push(relative(ROOT, page));
    }
    expect(differing, 'pages whose DOM changes without the parse5 pass').toEqual([]);
  }, 60_000);

  it('the DOM comparison fails when raw HTML is never parsed', async () => {
    const astro = await createMarkdownProcessor({ syntaxHighlight: false });
    // rehype-raw swapped for a pass that leaves raw nodes as they are: an unclosed tag stays unclosed.
    const broken = await createMarkdownProcessor({
      syntaxHighlight: false,
      rehypePlugins: [function (this: { attachers: Array<[unknown, ...unknown[]]>; freezeIndex: number }) {
        const entry = this.attachers.slice(this.freezeIndex + 1).find(([p]) => p === rehypeRaw || (p as { name?: string }).name === 'rehypeRaw');
        if (entry) entry[0] = () => (tree: unknown) => tree;
      }],
    });
    const md = 'Before.\n\n<div class="note">\n\nNever closed.';
    expect(dom(await html(broken, md))).not.toBe(dom(await html(astro, md)));
    expect(dom(await html(site, md))).toBe(dom(await html(siteWithoutSkip, md)));
  });
});
