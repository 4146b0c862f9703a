// How many tokens a chat request may use, to reserve against tpm/tpd before the call. With
// gpt-tokenizer installed (an optional peer dependency: 55 MB, too big to ship), messages are
// counted with its o200k encoding, which also tracks Llama-3-family counts within a few percent;
// without it, about four characters per token. Either way the reservation is settled with the
// provider's `usage` after the call, so the estimate only has to be close. Counting is exact for
// the first EXACT_CHARS characters of a request; a longer text is estimated from samples spread
// over it: exact counting of 400K characters holds the event loop for about 30 ms.

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
/** Tokens each message adds beyond its role and text, and the reply's priming (OpenAI's chat format). */
export const MESSAGE_OVERHEAD = 4;
export const REPLY_PRIMING = 3;

/** Characters of a request counted exactly; longer text is estimated from samples of this many. */
export const EXACT_CHARS = 8_000;
/** A long text's sample is this many pieces spread evenly over it, so one unusual part cannot skew it. */
const SAMPLE_PIECES = 8;

/** Counts exactly up to EXACT_CHARS characters in all; a longer text is estimated from spread samples. */
function budgetedCounter(count: Counter): Counter {
  let room = EXACT_CHARS;
  let seen = { chars: 0, tokens: 0 };
  return (text) => {
    if (text.length <= room) {
      room -= text.length;
      const n = count(text);
      seen = { chars: seen.chars + text.length, tokens: seen.tokens + n };
      return n;
    }
    if (room >= 1_000) {
      const size = Math.floor(room / SAMPLE_PIECES);
      const step = text.length / SAMPLE_PIECES;
      let tokens = 0;
      for (let i = 0; i < SAMPLE_PIECES; i++) tokens += count(text.slice(Math.floor(i * step), Math.floor(i * step) + size));
      seen = { chars: seen.chars + size * SAMPLE_PIECES, tokens: seen.tokens + tokens };
      room = 0;
    }
    // Nothing counted yet (the budget went on short texts only): four characters per token.
    const ratio = seen.chars ? seen.tokens / seen.chars : 0.25;
    return Math.ceil(text.length * ratio);
  };
}

/** Input tokens of `messages` plus `maxOutputTokens`: what the request may use at most. */
export async function chatTokens(messages: readonly ChatMessageLike[], maxOutputTokens = 0): Promise<number> {
  const count = budgetedCounter((await loadCounter()) ?? ((t: string) => Math.ceil(t.length / 4)));
  let total = REPLY_PRIMING;
  for (const m of messages) total += MESSAGE_OVERHEAD + count(m.role) + count(textOf(m.content));
  return total + maxOutputTokens;
}
