// Bash / PowerShell 7 tabs as plain HTML around Markdown, for the generated error pages. Those
// pages are Markdown, not MDX: MDX pages are compiled and bundled as modules, which made them most
// of the site's build time. The markup follows the ARIA tabs pattern; site/public/shell-tabs.js
// switches the panels and shares Starlight's storage key, so the choice made here carries over to
// the guides' <Tabs syncKey="shell"> and back.
export const SHELLS = [
  { id: 'bash', label: 'bash' },
  { id: 'powershell', label: 'PowerShell 7' },
] as const;

/** `bodies` in SHELLS order; `key` makes the ids unique on the page. */
export function shellTabs(key: string, ...bodies: [bash: string, powershell: string]): string {
  const tab = (s: (typeof SHELLS)[number], i: number) =>
    `<button type="button" role="tab" id="tab-${key}-${s.id}" aria-controls="panel-${key}-${s.id}" aria-selected="${i === 0}"${i === 0 ? '' : ' tabindex="-1"'}>${s.label}</button>`;
  const panel = (s: (typeof SHELLS)[number], i: number) => [
    `<div role="tabpanel" id="panel-${key}-${s.id}" aria-labelledby="tab-${key}-${s.id}"${i === 0 ? '' : ' hidden'}>`,
    '',
    bodies[i]!,
    '',
    '</div>',
  ].join('\n');
  return [
    '<shell-tabs>',
    '<div role="tablist" aria-label="Shell">',
    ...SHELLS.map(tab),
    '</div>',
    ...SHELLS.map(panel),
    // Restores the stored choice as soon as the panels are parsed, before the page is painted.
    '<shell-tabs-restore></shell-tabs-restore>',
    '</shell-tabs>',
  ].join('\n');
}
