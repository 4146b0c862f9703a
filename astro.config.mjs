// The docs site (Astro + Starlight) lives in site/; it is built out in its own issue.
import { defineConfig } from 'astro/config';

export default defineConfig({
  srcDir: './site',
  publicDir: './site/public',
});
