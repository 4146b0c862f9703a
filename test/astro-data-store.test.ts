// patches/astro+5.18.2.patch: Astro 5's content store could write a stale snapshot last. A save
// that began while an earlier one was still writing was queued with the earlier one's data, and
// `waitUntilSaveComplete` returned before it landed, so on a cold build (no store yet) some pages
// went missing ("The slug ... specified in the Starlight sidebar config does not exist"). The patch
// does what Astro's own later releases do: a save that arrives mid-write is queued and written with
// the data current when the first write ends, and the save promise waits for it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';

const storeModule = pathToFileURL(join(process.cwd(), 'node_modules/astro/dist/content/mutable-data-store.js')).href;
let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("Astro's content store (patched)", () => {
  it('keeps the entries set while an earlier save was still writing', async () => {
    const { MutableDataStore } = await import(storeModule);
    dir = mkdtempSync(join(tmpdir(), 'pf-store-'));
    const file = join(dir, 'data-store.json');
    const store = await MutableDataStore.fromFile(file);
    const docs = store.scopedStore('docs');
    docs.set({ id: 'guides/getting-started', data: {} });
    const earlier = store.writeToDisk(); // still writing when the next entry arrives
    docs.set({ id: 'guides/kilo-code-skill', data: {} });
    await store.waitUntilSaveComplete();
    const onDiskWhenSynced = readFileSync(file, 'utf8');
    await earlier;
    const onDiskAfter = readFileSync(file, 'utf8');
    for (const text of [onDiskWhenSynced, onDiskAfter]) {
      const keys = [...(await MutableDataStore.fromString(text)).keys('docs')];
      expect(keys.sort()).toEqual(['guides/getting-started', 'guides/kilo-code-skill']);
    }
  });
});
