// Bash / PowerShell 7 tabs for the generated error pages, written as Markdown directives. Those
// pages are Markdown, not MDX (MDX pages are compiled and bundled as modules, which made them most
// of the site's build time), and carry no raw HTML (which makes Astro re-parse a page with parse5).
// site/plugins/remark-shell-tabs.mjs turns the directives into an ARIA tablist and tabpanels, and
// site/public/shell-tabs.js switches them, sharing Starlight's storage key so the choice made here
// carries over to the guides' <Tabs syncKey="shell"> and back.
/** The tab labels, as Starlight's <Tabs syncKey="shell"> on the guides spell them (the stored choice is the label). */
export const SHELLS = ['bash', 'PowerShell 7'] as const;

/** `bodies` in SHELLS order; `key` makes the element ids unique on the page. */
export function shellTabs(key: string, ...bodies: [bash: string, powershell: string]): string {
  return [
    `::::shell-tabs{key="${key}"}`,
    ...SHELLS.flatMap((label, i) => [`:::shell-tab{label="${label}"}`, bodies[i]!, ':::']),
    '::::',
  ].join('\n');
}

/** A badge as a text directive (the same plugin renders it as a styled span). */
export function badge(text: string, variant: string): string {
  return `:code-badge[${text}]{variant="${variant}"}`;
}
