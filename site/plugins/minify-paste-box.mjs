// Minifies the paste box's script a second time with terser. Vite minifies every chunk with
// esbuild; terser's compressor gives about 350 gzipped bytes fewer on this chunk (the match tables
// and the classifier), and those bytes are what each registry wording costs the box (its aim is at
// most 20 KiB gzipped). Only this chunk: terser on every chunk would slow the whole build.
import { minify } from 'terser';

/** @returns {import('vite').Plugin} */
export default function minifyPasteBox() {
  return {
    name: 'provider-fallback:minify-paste-box',
    apply: 'build',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !chunk.fileName.includes('PasteError')) continue;
        const out = await minify(chunk.code, { module: true, compress: true, mangle: true });
        if (out.code === undefined) throw new Error(`terser returned no code for ${chunk.fileName}`);
        chunk.code = out.code;
      }
    },
  };
}
