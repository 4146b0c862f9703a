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
// By default terser keeps every name it knows from the DOM (`entry`, `cues`, `weight`, `kind`,
// `rules`, `item`, ...) whatever the list says; `builtins` lets it rename those too. That is safe
// because the list holds exact names and the chunk reads none of them from a DOM or built-in object
// (the box's own DOM code uses none of them); site-minify.test.ts runs the renamed classifier.
export const INTERNAL_PROPERTIES = [
  // Evidence (evidence.ts)
  'statusFrom', 'providerFrom', 'basis',
  'weakProvider', 'viaLitellm', 'viaKilo', 'otherCalled', 'wordings',
  'headerSources', 'textRead',
  // The collector's entry point and the classes found (evidence.ts); its other members are #private,
  // which every minifier shortens on its own.
  'classes', 'visit',
  // Compiled tables and the automaton (text.ts, match.ts, automaton.ts)
  'automaton', 'statusShape', 'bareStatus', 'classByName', 'providerPatterns', 'anyProviderPattern', 'precedence',
  'candidates', 'outStart', 'outIds', 'needs', 'holds', 'rank',
  // Scanner hits and match rules as unpacked (packed-tables.ts, types.ts); `hits` is the evidence's anchor hits too
  'literals', 'hits', 'cls', 'what', 'score',
  // The category tables and the provider headers' names (match-tables.ts)
  'categories', 'specific', 'generic', 'byStatus', 'header',
  // Names terser keeps unless `builtins` is set (see above): the condition weights (conditions.ts),
  // the scan hits' kind and rule indexes, the rules' entry and anchors, the evidence's cues and
  // wording spans (evidence.ts, text.ts), the decision's info and evidence items (decide.ts), the
  // automaton's table (automaton.ts)
  'weight', 'kind', 'rules', 'entry', 'anchors', 'cues', 'start', 'end', 'info', 'item', 'next', 'width',
  // Keys of the packed tables (packed-tables.ts)
  'scanner', 'statusShapes', 'providerMarkers', 'categoryPhrases', 'providerPrecedence', 'providerHeaders',
];

/** Names in INTERNAL_PROPERTIES that `code` spells as a string literal: renaming them would break a computed access. */
export function propertiesSpelledAsStrings(code) {
  return INTERNAL_PROPERTIES.filter((name) => new RegExp(`["'\`]${name}["'\`]`).test(code));
}

// Two compress passes, statements left apart instead of joined by commas (`sequences`), and every
// string in double quotes: 33 gzipped bytes fewer than terser's defaults on the box's chunk (each
// alone 6 to 15; the same with any one wording taken out of the tables). On an earlier chunk two
// passes cost bytes instead (bench/README.md), so they are worth measuring again as the code changes.
export const TERSER_OPTIONS = {
  module: true,
  compress: { passes: 2, sequences: false },
  format: { quote_style: 2 },
  mangle: { properties: { regex: new RegExp(`^(?:${INTERNAL_PROPERTIES.join('|')})$`), builtins: true } },
};
