// The terser options of the paste box's second minification pass (minify-worker.mjs), shared with
// the test that checks the renamed classifier against the package's own.
//
// Besides terser's defaults, the pass renames the property names of the classifier's internal
// records: the evidence it collects (src/classify/evidence.ts), its compiled tables and scan state
// (text.ts, match.ts), the category tables and the packed tables' keys. Those names are long because
// they explain themselves in the source; in the box's script they cost about 300 gzipped bytes, and
// the box's aim is at most 20 KiB. Renaming a property is only safe when every access is a plain
// `.name` in this one chunk, so the list holds no name that a caller's object, a result
// (`Classification`, its evidence items) or the DOM has, and the plugin refuses to rename a name
// that the chunk also spells as a string (a computed access would miss the renamed property).
// Terser keeps the names it knows from the DOM (`textLength`, `setStatus`, `entry`, `cues`,
// `weight`) whatever the list says, so they are not in it.
export const INTERNAL_PROPERTIES = [
  // Evidence (evidence.ts)
  'statusFrom', 'providerFrom', 'providerIsLayer', 'providerIsWeak', 'providerIsWording', 'providerIsSuggested',
  'weakFieldProvider', 'viaLitellm', 'litellmRaised', 'viaKilo', 'kiloRaised', 'otherCalled', 'wordings',
  'headerSources', 'textRead', 'anchorHits',
  // The collector's entry point and the classes found (evidence.ts); its other members are #private,
  // which every minifier shortens on its own.
  'classes', 'visit',
  // Compiled tables and the automaton (text.ts, match.ts, automaton.ts)
  'automaton', 'statusShape', 'bareStatus', 'classByName', 'providerPatterns', 'anyProviderPattern', 'precedence',
  'candidates', 'outStart', 'outIds', 'needs', 'holds', 'rank',
  // Scanner hits and match rules as unpacked (packed-tables.ts, types.ts)
  'literals', 'hits', 'cls', 'what', 'score',
  // The category tables and the provider headers' names (match-tables.ts)
  'categories', 'specific', 'generic', 'byStatus', 'header',
  // Keys of the packed tables (packed-tables.ts)
  'scanner', 'statusShapes', 'providerMarkers', 'categoryPhrases', 'providerPrecedence', 'providerHeaders', 'providerLists',
];

/** Names in INTERNAL_PROPERTIES that `code` spells as a string literal: renaming them would break a computed access. */
export function propertiesSpelledAsStrings(code) {
  return INTERNAL_PROPERTIES.filter((name) => new RegExp(`["'\`]${name}["'\`]`).test(code));
}

export const TERSER_OPTIONS = {
  module: true,
  compress: true,
  mangle: { properties: { regex: new RegExp(`^(?:${INTERNAL_PROPERTIES.join('|')})$`) } },
};
