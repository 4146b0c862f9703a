// The built docs site in real Chromium (Debian's, driven by playwright-core): search, shell tabs
// that persist across pages, the code table filter, no console errors, an axe-core scan, and
// screenshots in light and dark mode under test-results/.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Running } from './helpers/fake-provider.js';
import { ROOT } from './helpers/project.js';
import { serveStatic } from './helpers/static-server.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const DIST = process.env.SITE_DIST ?? join(ROOT, 'dist');
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium && process.env.CI) throw new Error(`Chromium not found at ${CHROMIUM}; .ci/run installs Debian's chromium package`);
if (haveChromium && !existsSync(join(DIST, 'index.html'))) throw new Error('dist/ is missing: run npm run build first (npm test does)');

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

describe.skipIf(!haveChromium)(`docs site in Chromium${haveChromium ? '' : ' (skipped: no Chromium at /usr/bin/chromium and CI is not set; apt-get install chromium)'}`, () => {
  let browser: Browser;
  let server: Running;
  const consoleErrors: string[] = [];

  async function open(path: string, colorScheme: 'light' | 'dark' = 'light'): Promise<Page> {
    const page = await browser.newPage({ colorScheme, viewport: { width: 1280, height: 900 } });
    page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(`${path}: ${m.text()}`); });
    page.on('pageerror', (e) => consoleErrors.push(`${path}: ${e.message}`));
    await page.goto(`${server.url}${path}`, { waitUntil: 'networkidle' });
    return page;
  }

  beforeAll(async () => {
    server = await serveStatic(DIST);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('loads the home page', async () => {
    const page = await open('/');
    await expect(page.title()).resolves.toContain('provider-fallback');
    expect(await page.locator('a[href="/errors/"]').count()).toBeGreaterThan(0);
    await page.close();
  });

  // Pagefind shows five results at first; for the bare "rate limit", the other providers' rate-limit
  // pages and the "Rate limit exceeded" scenario fill them, so the search names the provider.
  it('finds groq-rate-limit when searching "groq rate limit", and its page shows the resolution', async () => {
    const page = await open('/');
    await page.locator('button[data-open-modal]').first().click();
    await page.locator('dialog input[type="search"], #starlight__search input').first().fill('groq rate limit');
    const result = page.locator('a[href*="/errors/groq-rate-limit/"]').first();
    await result.waitFor({ timeout: 15_000 });
    await result.click();
    await page.waitForURL(/\/errors\/groq-rate-limit\//);
    await expect(page.locator('h2#what-to-do').count()).resolves.toBe(1);
    await expect(page.locator('main').innerText()).resolves.toContain('RateLimitErrorRetries: 0');
    await page.close();
  });

  it('keeps the bash / PowerShell 7 choice from one page to the next, guides included', async () => {
    const page = await open('/errors/groq-rate-limit/');
    const tab = (label: string) => page.getByRole('tab', { name: label }).first();
    await expect(tab('bash').getAttribute('aria-selected')).resolves.toBe('true');
    await tab('PowerShell 7').click();
    await page.goto(`${server.url}/errors/econnrefused/`, { waitUntil: 'networkidle' });
    await expect(tab('PowerShell 7').getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.locator('[role="tabpanel"]:not([hidden])').first().innerText()).resolves.toContain('Test-NetConnection');
    // The hand-written guides use the same tabs, nested in numbered steps.
    await page.goto(`${server.url}/guides/key-rotation/`, { waitUntil: 'networkidle' });
    await expect(tab('PowerShell 7').getAttribute('aria-selected')).resolves.toBe('true');
    await expect(page.locator('ol [role="tabpanel"]:not([hidden])').first().innerText()).resolves.toContain('Read-Host');
    await expect(page.locator('ol [role="tabpanel"]:not([hidden])').first().innerText()).resolves.not.toContain('read -rsp');
    await page.close();
  });

  it('filters the code table by provider, category and severity', async () => {
    const page = await open('/errors/');
    const visible = () => page.locator('table[data-code-table] tbody tr:not([hidden])');
    const total = await visible().count();
    expect(total).toBeGreaterThan(80);
    await page.selectOption('select[data-filter="provider"]', 'groq');
    const groq = await visible().count();
    expect(groq).toBeGreaterThan(10);
    expect(groq).toBeLessThan(total);
    expect(new Set(await visible().evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.provider)))).toEqual(new Set(['groq']));
    await page.selectOption('select[data-filter="category"]', 'RATE_LIMIT');
    const codes = await visible().locator('td:first-child > a > code').allInnerTexts();
    expect(codes).toContain('groq-rate-limit');
    expect(codes).not.toContain('groq-invalid-api-key');
    await expect(page.locator('output[data-count]').innerText()).resolves.toBe(`${codes.length} of ${total} codes`);
    await page.selectOption('select[data-filter="provider"]', '');
    await page.selectOption('select[data-filter="category"]', '');
    await page.selectOption('select[data-filter="severity"]', 'CRITICAL');
    const severities = await visible().evaluateAll((rows) => rows.map((r) => (r as HTMLElement).dataset.severity));
    expect(new Set(severities)).toEqual(new Set(['CRITICAL']));
    await page.close();
  });

  it.each(['/', '/errors/', '/errors/groq-rate-limit/', '/scenarios/hung-provider/'])('axe-core finds no serious or critical violations on %s', async (path) => {
    const page = await open(path);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run: () => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe.run();
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.impact} ${v.id} (${v.nodes.length} nodes)`);
    });
    expect(violations).toEqual([]);
    await page.close();
  });

  describe('paste an error, get its page', () => {
    /** Real errors as users pasted them (test/corpus/real-errors.jsonl), with the code a person assigned. */
    const corpus = readFileSync(join(ROOT, 'test/corpus/real-errors.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; code: string; input: { text: string } });
    const row = (id: string) => corpus.find((r) => r.id === id)!;
    const pasteBox = (page: Page) => page.getByRole('textbox', { name: 'Paste an error message' });
    /**
     * Starlight loads its search UI when the browser is first idle after the page loaded, which on a
     * busy machine comes after the network went quiet: wait until it is in place, so that what is
     * recorded next is what classifying does.
     */
    const settled = (page: Page) => page.waitForSelector('#starlight__search .pagefind-ui', { state: 'attached' });
    /**
     * A request the page makes on its own schedule (its favicon, a lazily loaded script): a GET of a
     * file the built site holds, with no query string. It cannot carry anything pasted; anything else
     * made while classifying would.
     */
    const ownFile = (url: string, method: string) => {
      const u = new URL(url);
      return method === 'GET' && u.origin === server.url && u.search === '' && existsSync(join(DIST, decodeURIComponent(u.pathname)));
    };

    it.each([
      ['a Groq TPM 429 relayed by LiteLLM', 'oi-408-1'],
      ['an OpenRouter 402', 'continue-10298-1'],
      ['an undici ECONNREFUSED cause chain', 'boltdiy-387-1'],
      ['a plain "Connection error."', 'cline-2165-1'],
    ])('%s lands on its code page, with no request made while classifying', async (_what, id) => {
      const { code, input } = row(id);
      for (const path of ['/', '/errors/']) {
        const page = await open(path);
        await settled(page);
        const requests: string[] = [];
        page.on('request', (r) => { if (!ownFile(r.url(), r.method())) requests.push(`${r.method()} ${r.url()}`); });
        await pasteBox(page).fill(input.text);
        const link = page.locator('[data-result] a[data-code]');
        await expect(link.getAttribute('data-code')).resolves.toBe(code);
        expect(requests, `requests while classifying on ${path}`).toEqual([]);
        await link.click();
        await page.waitForURL(new RegExp(`/errors/${code.toLowerCase()}/$`));
        await expect(page.locator('h1').innerText()).resolves.toContain(code);
        await page.close();
      }
    });

    it('shows category, provider, action, the retry-after and the evidence that decided it', async () => {
      const page = await open('/');
      await pasteBox(page).fill(row('oi-408-1').input.text);
      const text = await page.locator('[data-result]').innerText();
      expect(text).toMatch(/Category\s+RATE_LIMIT/);
      expect(text).toMatch(/Provider\s+groq/);
      expect(text).toMatch(/Action\s+fallback: fall back/);
      expect(text).toMatch(/Retry after\s+6\.8 s/);
      expect(text).toContain('rule: groq-rate-limit match[');
      await page.close();
    });

    it('works by keyboard alone: Tab to the box, type, Tab to the code link, Enter', async () => {
      const page = await open('/');
      for (let i = 0; i < 40 && !(await pasteBox(page).evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
      await expect(pasteBox(page).evaluate((el) => el === document.activeElement)).resolves.toBe(true);
      await page.keyboard.type('Error: connect ECONNREFUSED 127.0.0.1:4000');
      await page.keyboard.press('Tab');
      await expect(page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.code)).resolves.toBe('ECONNREFUSED');
      await page.keyboard.press('Enter');
      await page.waitForURL(/\/errors\/econnrefused\/$/);
      await page.close();
    });

    it('works with every other script of the page blocked', async () => {
      const page = await browser.newPage();
      await page.route('**/_astro/*.js', (route) => (route.request().url().includes('/PasteError.') ? route.continue() : route.abort()));
      await page.goto(`${server.url}/`, { waitUntil: 'networkidle' });
      await pasteBox(page).fill(row('oi-408-1').input.text);
      await expect(page.locator('[data-result] a[data-code]').getAttribute('data-code')).resolves.toBe('groq-rate-limit');
      await page.close();
    });

    it.each(['light', 'dark'] as const)('is axe-clean with a result shown, in %s mode', async (scheme) => {
      const page = await open('/', scheme);
      await pasteBox(page).fill(row('continue-10298-1').input.text);
      await page.locator('[data-result] a[data-code]').waitFor();
      await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: (ctx: unknown) => Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe.run({ include: [['form[data-paste-error]']] });
        return result.violations.map((v) => `${v.impact} ${v.id} (${v.nodes.length} nodes)`);
      });
      expect(violations).toEqual([]);
      await page.close();
    });
  });

  it('draws a scenario timeline readable in light and dark mode: labels at 4.5:1 or more against the page', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const page = await open('/scenarios/rate-limit-exceeded/', scheme);
      const svg = page.getByRole('img', { name: 'Timeline of the rate limit exceeded scenario' });
      await expect(svg.isVisible()).resolves.toBe(true);
      const { ratio, bars } = await page.evaluate(() => {
        const rgb = (c: string) => (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
        const lum = (c: number[]) => c.map((v) => { const s = v / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; }).reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
        const label = getComputedStyle(document.querySelector('.scenario-timeline .tl-label')!).fill;
        const bg = getComputedStyle(document.body).backgroundColor;
        const [a, b] = [lum(rgb(label)), lum(rgb(bg))].sort((x, y) => y - x);
        const sized = [...document.querySelectorAll('.scenario-timeline rect.tl-ok, .scenario-timeline rect.tl-fail')].filter((r) => r.getBoundingClientRect().width > 0).length;
        return { ratio: (a! + 0.05) / (b! + 0.05), bars: sized };
      });
      expect(ratio, scheme).toBeGreaterThanOrEqual(4.5);
      expect(bars).toBeGreaterThan(5);
      await page.close();
    }
  });

  it('saves screenshots of a code page in light and dark mode', async () => {
    mkdirSync(join(ROOT, 'test-results'), { recursive: true });
    for (const scheme of ['light', 'dark'] as const) {
      const page = await open('/errors/groq-rate-limit/', scheme);
      await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe(scheme);
      const file = join(ROOT, 'test-results', `groq-rate-limit-${scheme}.png`);
      await page.screenshot({ path: file, fullPage: false });
      expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG');
      await page.close();
    }
  });

  it('logged no console errors on any visited page', () => {
    expect(consoleErrors).toEqual([]);
  });
});
