// Where docs links lead by default. Its own module (beside index.ts, so the relative path is the
// same) because the scenario runner needs it without loading the generated tables.

/**
 * REFERENCE.md, shipped in the package (and generated in a checkout) one folder above this module,
 * with an anchor per code. It exists wherever the package is installed, so a link works with no
 * docs site running.
 */
export const DEFAULT_DOCS_BASE_URL = shippedReference();

function shippedReference(): string {
  try {
    // A variable, not a literal: bundlers (Vite) would otherwise copy REFERENCE.md in as an asset.
    const reference = '../.kilocode/skills/provider-fallback/REFERENCE.md';
    return new URL(reference, import.meta.url).href;
  } catch {
    return 'REFERENCE.md'; // a bundle without import.meta.url (an IIFE in a page): the site sets its own base
  }
}
