// Astro ends every Markdown pipeline with rehype-raw, which sends the whole tree through parse5 to
// turn raw HTML into elements: about 0.65 s of a cold build here, spent on pages most of which
// hold no raw HTML. This plugin, attached before it, swaps it for a wrapper that turns a lone
// HTML comment into a comment node (what parse5 makes of it) and runs rehype-raw only on trees
// that still hold raw HTML. test/site-markdown.test.ts renders every page both ways and requires
// identical HTML. In a pipeline without rehype-raw (MDX) it changes nothing.
import rehypeRaw from 'rehype-raw';

const LONE_COMMENT = /^<!--((?:(?!--!?>)[\s\S])*)-->$/;

/** Replaces raw nodes that are one HTML comment with comment nodes; true if any raw node is left. */
function commentsOnly(node) {
  let rawLeft = false;
  for (const [i, child] of (node.children ?? []).entries()) {
    if (child.type !== 'raw') {
      if (commentsOnly(child)) rawLeft = true;
      continue;
    }
    const comment = LONE_COMMENT.exec(child.value);
    if (comment) node.children[i] = { type: 'comment', value: comment[1], position: child.position };
    else rawLeft = true;
  }
  return rawLeft;
}

function rawWhenNeeded(options) {
  const reparse = rehypeRaw.call(this, options);
  return (tree, file) => (commentsOnly(tree) ? reparse(tree, file) : tree);
}

/** True for Astro's rehype-raw attacher, whichever copy of the package Astro resolved. */
const isRehypeRaw = (plugin) => plugin === rehypeRaw || plugin.name === 'rehypeRaw';

export default function rehypeRawWhenNeeded() {
  // unified calls attachers in order while it freezes the processor, so later ones can still be swapped.
  const later = this.attachers.slice(this.freezeIndex + 1);
  const entry = later.find(([plugin]) => isRehypeRaw(plugin));
  if (entry) entry[0] = rawWhenNeeded;
}
