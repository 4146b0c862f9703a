// Bash / PowerShell 7 tabs for the generated error pages, written as Markdown directives. Those
// pages are Markdown, not MDX (MDX pages are compiled and bundled as modules, which made them most
// of the site's build time).
// site/plugins/remark-shell-tabs.mjs turns the directives into an ARIA tablist and tabpanels, and
// site/public/shell-tabs.js switches them. The hand-written guides use the same directives, so one
// choice of shell holds on every page.
/** The tab labels; the stored choice is the label. */
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
