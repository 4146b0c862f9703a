// The docs site: Astro + Starlight with site/ as the source folder. Error, provider, category and
// reference pages are generated from the registry (npm run generate); guides are hand-written.
import { readFileSync } from 'node:fs';
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';
import starlightLinksValidator from 'starlight-links-validator';
import rehypeRawWhenNeeded from './site/plugins/rehype-raw-when-needed.mjs';
import minifyPasteBox from './site/plugins/minify-paste-box.mjs';
import remarkGfmLite from './site/plugins/remark-gfm-lite.mjs';
import remarkShellTabs from './site/plugins/remark-shell-tabs.mjs';

/** Sidebar groups of generated pages, written by generators/site-pages.ts. */
const generated = JSON.parse(readFileSync(new URL('./site/sidebar.json', import.meta.url), 'utf8'));

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  srcDir: './site',
  publicDir: './site/public',
  outDir: './dist',
  // Typographic quotes cost a retext parse of every page (about 0.3 s a build); the docs quote code,
  // not prose. Of GFM, the docs use tables and bare URLs only: remark-gfm-lite does just those.
  markdown: { gfm: false, smartypants: false, remarkPlugins: [remarkGfmLite, remarkShellTabs], rehypePlugins: [rehypeRawWhenNeeded] },
  integrations: [
    minifyPasteBox(),
    starlight({
      title: 'provider-fallback',
      description: 'Every error between Kilo Code, LiteLLM, Groq, OpenAI and OpenRouter: what happened, what to do, on your OS.',
      customCss: ['./site/styles/custom.css'],
      // The generated error pages' bash / PowerShell 7 tabs (generators/shell-tabs.ts): a classic
      // script in <head>, so a stored choice is shown before the page is painted.
      head: [{ tag: 'script', attrs: { src: '/shell-tabs.js' } }],
      // Registry prose names http://localhost:4000 (the proxy) on purpose: those are not site links.
      plugins: [starlightLinksValidator({ errorOnLocalLinks: false })],
      sidebar: [
        { label: 'Start here', items: ['guides/getting-started', 'guides/kilo-code-skill', 'guides/litellm-proxy', 'guides/doctor', 'guides/scan'] },
        { label: 'Error codes', items: [{ label: 'All codes', link: '/errors/' }, ...generated.errors] },
        { label: 'Providers', items: generated.providers },
        { label: 'Categories', items: generated.categories },
        { label: 'Reference', items: generated.reference },
        { label: 'Scenarios', items: generated.scenarios },
        { label: 'Windows', items: ['guides/windows-powershell', 'guides/wsl2', 'guides/windows-service', 'guides/docker-desktop'] },
        { label: 'Operations', items: ['guides/log-rotation', 'guides/backup-restore', 'guides/key-rotation', 'guides/health-checks', 'guides/monitoring'] },
        { label: 'Library', items: ['guides/library-api'] },
      ],
    }),
  ],
});
