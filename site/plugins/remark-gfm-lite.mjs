// The two GitHub-flavoured Markdown features these docs use, instead of all of remark-gfm:
// tables (the micromark extension itself) and bare http(s) URLs turned into links (a walk over
// text nodes). GFM's autolink-literal extension inspects every character of every page while it
// is parsed (0 to 0.7 s of the content sync in alternating builds); this walk only looks at text with "://".
// Footnotes, strikethrough and task lists are off; test/site-markdown.test.ts fails if a page uses them.
// GFM lets a table row start without a pipe, so its table construct is tried at the start of every
// line of every page; these docs start every row with `|`, so here it is tried only on such lines
// (about 0.15 s of the build). The same test fails on a table written without the leading pipe.
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown, gfmTableToMarkdown } from 'mdast-util-gfm-table';

/** GFM's rule: a URL ends before whitespace or `<`, and trailing punctuation is not part of it. */
const BARE_URL = /https?:\/\/[^\s<]*[^\s<?!.,:;*_~'"]/g;

/** Drops closing parentheses that have no opening one in the URL, as GFM does: `(see https://a.b/c)`. */
function balanceParens(url) {
  let open = 0;
  let close = 0;
  for (const c of url) {
    if (c === '(') open++;
    else if (c === ')') close++;
  }
  while (url.endsWith(')') && close > open) {
    url = url.slice(0, -1);
    close--;
  }
  return url;
}

/** The text node split into text and link nodes, or null when it holds no URL. */
function linkify(value) {
  const parts = [];
  let last = 0;
  for (const m of value.matchAll(BARE_URL)) {
    const url = balanceParens(m[0]);
    if (m.index > last) parts.push({ type: 'text', value: value.slice(last, m.index) });
    parts.push({ type: 'link', url, title: null, children: [{ type: 'text', value: url }] });
    last = m.index + url.length;
  }
  if (parts.length === 0) return null;
  if (last < value.length) parts.push({ type: 'text', value: value.slice(last) });
  return parts;
}

function linkifyBareUrls(node) {
  if (!node.children || node.type === 'link' || node.type === 'linkReference') return;
  for (let i = 0; i < node.children.length; i++) {
    const child = node.children[i];
    const parts = child.type === 'text' && child.value.includes('://') ? linkify(child.value) : null;
    if (parts) {
      node.children.splice(i, 1, ...parts);
      i += parts.length - 1;
    } else linkifyBareUrls(child);
  }
}

const VERTICAL_BAR = 124;

/** GFM's table construct, tried only on lines that start with `|`. */
function pipeTable() {
  return { flow: { [VERTICAL_BAR]: gfmTable().flow.null } };
}

export default function remarkGfmLite() {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(pipeTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
  (data.toMarkdownExtensions ??= []).push(gfmTableToMarkdown());
  return (tree) => linkifyBareUrls(tree);
}
