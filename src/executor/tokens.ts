// How many tokens a chat request may use, to reserve against tpm/tpd before the call. With
// gpt-tokenizer installed (an optional peer dependency: 55 MB, too big to ship), messages are
// counted with its o200k encoding, which also tracks Llama-3-family counts within a few percent;
// without it, about four characters per token. Either way the reservation is settled with the
// provider's `usage` after the call, so the estimate only has to be close.

export interface ChatMessageLike {
  role: string;
  content?: unknown;
}

type Counter = (text: string) => number;
let counter: Promise<Counter | null> | undefined;

/** gpt-tokenizer's countTokens if it is installed, else null (loaded once). */
function loadCounter(): Promise<Counter | null> {
  // A variable specifier keeps bundlers from trying to resolve the optional package.
  const name = 'gpt-tokenizer';
  counter ??= import(name).then((m: { countTokens?: Counter }) => m.countTokens ?? null, () => null);
  return counter;
}

const textOf = (content: unknown): string => {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return content.map((p) => (typeof p === 'string' ? p : typeof (p as { text?: unknown })?.text === 'string' ? (p as { text: string }).text : '')).join('\n');
  return content == null ? '' : JSON.stringify(content);
};

/** Per message: the role and separators a chat template adds around the content. */
const MESSAGE_OVERHEAD = 4;

/** Input tokens of `messages` plus `maxOutputTokens`: what the request may use at most. */
export async function chatTokens(messages: readonly ChatMessageLike[], maxOutputTokens = 0): Promise<number> {
  const count = (await loadCounter()) ?? ((t: string) => Math.ceil(t.length / 4));
  let total = 3; // the reply's priming
  for (const m of messages) total += MESSAGE_OVERHEAD + count(m.role) + count(textOf(m.content));
  return total + maxOutputTokens;
}
