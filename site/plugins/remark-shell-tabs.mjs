// Turns the directives the error pages and guides use into HTML elements while the Markdown is
// still a syntax tree, so Markdown pages get tabs and badges without MDX components (MDX pages are
// compiled and bundled as modules, the costliest kind of page to build) or raw HTML:
//   ::::shell-tabs{key="groq-rate-limit"} with one :::shell-tab{label="bash"} per shell
//     -> <shell-tabs> with an ARIA tablist and one tabpanel per shell (site/public/shell-tabs.js);
//   :code-badge[RATE_LIMIT]{variant="tip"} -> <span class="code-badge code-badge-tip">.
// generators/shell-tabs.ts writes the error pages' directives; the guides are written by hand.

const el = (hName, hProperties, children = []) => ({ type: 'paragraph', data: { hName, hProperties }, children });

function shellTabs(node) {
  const key = node.attributes?.key ?? 'shell';
  const panels = node.children.filter((c) => c.type === 'containerDirective' && c.name === 'shell-tab');
  const ids = panels.map((p, i) => ({ label: p.attributes?.label ?? `tab ${i + 1}`, slug: `${key}-${i}` }));
  const tablist = el('div', { role: 'tablist', ariaLabel: 'Shell' }, ids.map((t, i) => el('button', {
    type: 'button', role: 'tab', id: `tab-${t.slug}`, ariaControls: `panel-${t.slug}`, ariaSelected: String(i === 0), ...(i === 0 ? {} : { tabIndex: -1 }),
  }, [{ type: 'text', value: t.label }])));
  panels.forEach((p, i) => {
    p.data = { hName: 'div', hProperties: { role: 'tabpanel', id: `panel-${ids[i].slug}`, ariaLabelledby: `tab-${ids[i].slug}`, ...(i === 0 ? {} : { hidden: true }) } };
  });
  node.data = { hName: 'shell-tabs', hProperties: {} };
  node.children = [tablist, ...panels, el('shell-tabs-restore', {})];
}

function walk(node) {
  if (node.type === 'containerDirective' && node.name === 'shell-tabs') shellTabs(node);
  else if (node.type === 'textDirective' && node.name === 'code-badge') {
    node.data = { hName: 'span', hProperties: { className: ['code-badge', `code-badge-${node.attributes?.variant ?? 'default'}`] } };
  }
  for (const child of node.children ?? []) walk(child);
}

export default function remarkShellTabs() {
  return (tree) => walk(tree);
}
