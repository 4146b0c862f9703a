// Streams and the commit rule. Until the first chunk has reached the caller, a failure is like any
// other: the executor switches target and the caller never sees the failed stream. From the first
// chunk on, the request is committed to its target: a later failure is thrown as a
// StreamInterruptedError that carries the text already delivered, and nothing from another
// target is ever appended to it (no duplicated or stitched output).
import type { Classification } from '../classify/types.js';
import type { AttemptContext, AttemptRecord, Classifier, ExecutionResult } from './types.js';

export class StreamInterruptedError extends Error {
  constructor(readonly classification: Classification, readonly partialText: string, readonly target: string, readonly attempts: AttemptRecord[], override readonly cause: unknown) {
    super(`the stream from ${target} broke after ${partialText.length} characters: ${classification.code}`);
    this.name = 'StreamInterruptedError';
  }
}

export interface StreamOptions<C> {
  signal?: AbortSignal;
  deadlineMs?: number;
  /** The text a chunk carries, for the partial text of an interrupted stream; default: OpenAI's delta.content. */
  textOf?: (chunk: C) => string;
}

type Execute = <T>(request: (ctx: AttemptContext) => Promise<T>, opts?: { signal?: AbortSignal; deadlineMs?: number }) => Promise<ExecutionResult<T>>;

const openAiText = (chunk: unknown): string => {
  const c = chunk as { choices?: Array<{ delta?: { content?: unknown } }> };
  const text = c?.choices?.[0]?.delta?.content;
  return typeof text === 'string' ? text : '';
};

/** Runs a streaming request across the chain; see the file comment for when it switches. */
export async function* streamVia<C>(
  execute: Execute,
  request: (ctx: AttemptContext) => Promise<AsyncIterable<C>> | AsyncIterable<C>,
  opts: StreamOptions<C> = {},
  classifyError: Classifier,
): AsyncGenerator<C, ExecutionResult<null>> {
  const textOf = opts.textOf ?? openAiText;
  const opened = await execute(async (ctx) => {
    const iterator = (await request(ctx))[Symbol.asyncIterator]();
    const first = await iterator.next(); // a failure here is still before the commit
    return { iterator, first, target: ctx.target.id, hint: ctx.target.provider };
  }, opts);
  const { iterator, first, target, hint } = opened.value;
  let partial = '';
  try {
    for (let r = first; !r.done; r = await iterator.next()) {
      partial += textOf(r.value);
      yield r.value;
    }
  } catch (err) {
    throw new StreamInterruptedError(classifyError(err, hint ? { provider: hint } : undefined), partial, target, opened.attempts, err);
  }
  return { ...opened, value: null };
}
