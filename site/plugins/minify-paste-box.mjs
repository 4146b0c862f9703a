// Minifies the paste box's script a second time with terser. Vite minifies every chunk with
// esbuild; terser's compressor gives about 350 gzipped bytes fewer on this chunk (the match tables
// and the classifier), and renaming the classifier's internal property names (terser-options.mjs)
// about 300 more. Those bytes are what each registry wording costs the box (its aim is at most
// 20 KiB gzipped). Only this chunk, and off the main thread: terser takes about a second, so a
// worker minifies it while Astro renders the pages, and the result replaces the file when the build
// is done.
import { renameSync, writeFileSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { propertiesSpelledAsStrings } from './terser-options.mjs';

// The client build's chunk only (under Astro's `_astro/` assets folder): the server build has a
// PasteError module too, which Astro removes after rendering.
const isPasteBox = (chunk) => chunk.type === 'chunk' && chunk.fileName.startsWith('_astro/PasteError');

function minifyInWorker(code) {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./minify-worker.mjs', import.meta.url), { workerData: code });
    worker.once('message', resolve);
    worker.once('error', reject);
    worker.once('exit', (status) => status !== 0 && reject(new Error(`the terser worker exited with status ${status}`)));
  });
}

/** @returns {import('astro').AstroIntegration} */
export default function minifyPasteBox() {
  /** @type {Array<Promise<{ fileName: string, code: string }>>} */
  const pending = [];
  const vitePlugin = {
    name: 'provider-fallback:minify-paste-box',
    apply: 'build',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (!isPasteBox(chunk)) continue;
        const { fileName } = chunk;
        const spelled = propertiesSpelledAsStrings(chunk.code);
        if (spelled.length > 0) {
          throw new Error(`${fileName} spells ${spelled.join(', ')} as a string: remove ${spelled.length > 1 ? 'them' : 'it'} from INTERNAL_PROPERTIES in site/plugins/terser-options.mjs, or the renamed property would break a computed access`);
        }
        const result = minifyInWorker(chunk.code).then((code) => ({ fileName, code }), (cause) => {
          throw new Error(`terser could not minify ${fileName}: ${cause.message}`, { cause });
        });
        // Handled here so that a failure while the pages render is not an unhandled rejection; the
        // build still fails, when astro:build:done awaits it.
        result.catch(() => {});
        pending.push(result);
      }
    },
  };
  return {
    name: 'provider-fallback:minify-paste-box',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => updateConfig({ vite: { plugins: [vitePlugin] } }),
      'astro:build:done': async ({ dir }) => {
        for (const { fileName, code } of await Promise.all(pending.splice(0))) {
          const target = new URL(fileName, dir);
          const temp = new URL(`${fileName}.tmp`, dir);
          writeFileSync(temp, code);
          renameSync(temp, target);
        }
      },
    },
  };
}
