// A mock OpenAI-compatible provider behind a `fetch` function, for the scenario harness: the real
// openai and groq-sdk clients call it, so the executor sees the errors those clients really throw.
// It answers on the harness's fake clock (no sockets, so a run is the same every time): healthy
// completions and streams after `latencyMs`, or the fault active at that moment.
import type { Sample } from '../registry/schema.js';

export type Fault =
  | { kind: 'sample'; sample: Sample }
  | { kind: 'network'; errno: 'ECONNREFUSED' | 'ETIMEDOUT' | 'ECONNRESET' }
  | { kind: 'hang' }
  | { kind: 'stream-cut'; afterChunks: number };

export interface MockProviderOptions {
  /** The fault injected at the current moment, or null when the provider is healthy. */
  faultNow: () => Fault | null;
  latencyMs: number;
  sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  /** The model id it reports back. */
  model: string;
}

/** The words a healthy stream sends, one chunk each. */
const STREAM_WORDS = ['The ', 'fallback ', 'chain ', 'answered.'];

// libuv's errno values on Linux, as undici's errors carry them.
const ERRNO = { ECONNREFUSED: -111, ETIMEDOUT: -110, ECONNRESET: -104 } as const;

function networkError(errno: keyof typeof ERRNO): TypeError {
  const syscall = errno === 'ECONNRESET' ? 'read' : 'connect';
  const cause = Object.assign(new Error(errno === 'ECONNRESET' ? 'read ECONNRESET' : `connect ${errno} 203.0.113.7:443`), { code: errno, errno: ERRNO[errno], syscall });
  return new TypeError('fetch failed', { cause });
}

const abortReason = (signal?: AbortSignal | null) => signal?.reason ?? new DOMException('This operation was aborted', 'AbortError');

function completion(model: string): Response {
  const body = { id: 'chatcmpl-scenario', object: 'chat.completion', created: 1767225600, model, choices: [{ index: 0, message: { role: 'assistant', content: STREAM_WORDS.join('') }, finish_reason: 'stop' }], usage: { prompt_tokens: 12, completion_tokens: 5, total_tokens: 17 } };
  return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
}

/** An SSE stream of STREAM_WORDS, one per `latencyMs`; with `cutAfter`, the socket drops after that many. */
function stream(model: string, o: MockProviderOptions, signal: AbortSignal | undefined, cutAfter: number | null): Response {
  const encoder = new TextEncoder();
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      await o.sleep(o.latencyMs, signal);
      if (cutAfter !== null && sent >= cutAfter) {
        controller.error(new TypeError('terminated', { cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }) }));
        return;
      }
      if (sent >= STREAM_WORDS.length) {
        controller.enqueue(encoder.encode('data: [DONE]\n\n'));
        controller.close();
        return;
      }
      const chunk = { id: 'chatcmpl-scenario', object: 'chat.completion.chunk', created: 1767225600, model, choices: [{ index: 0, delta: { content: STREAM_WORDS[sent++] }, finish_reason: null }] };
      controller.enqueue(encoder.encode(`data: ${JSON.stringify(chunk)}\n\n`));
    },
  });
  return new Response(body, { status: 200, headers: { 'content-type': 'text/event-stream' } });
}

/** An HTTP sample as it travels on the wire: status, headers (a content type unless it names one) and body text. */
export function sampleOnTheWire(sample: Sample): { status: number; headers: Record<string, string>; body: string } {
  const body = typeof sample.body === 'string' ? sample.body : JSON.stringify(sample.body);
  const type = typeof sample.body === 'string' && !body.trimStart().startsWith('{') ? 'text/html; charset=utf-8' : 'application/json';
  return { status: sample.status!, headers: { 'content-type': type, ...(sample.headers ?? {}) }, body };
}

/** The sample's response, as the provider sent it. */
function replay(sample: Sample): Response {
  const wire = sampleOnTheWire(sample);
  return new Response(wire.body, { status: wire.status, headers: wire.headers });
}

export function mockProviderFetch(o: MockProviderOptions): typeof fetch {
  return async (_url, init) => {
    const signal = init?.signal ?? undefined;
    const wantsStream = typeof init?.body === 'string' && (JSON.parse(init.body) as { stream?: boolean }).stream === true;
    const fault = o.faultNow();
    if (fault?.kind === 'hang') {
      return new Promise<Response>((_, reject) => {
        if (signal?.aborted) return reject(abortReason(signal));
        signal?.addEventListener('abort', () => reject(abortReason(signal)), { once: true });
      });
    }
    await o.sleep(o.latencyMs, signal);
    if (fault?.kind === 'network') throw networkError(fault.errno);
    if (fault?.kind === 'sample') return replay(fault.sample);
    const cutAfter = fault?.kind === 'stream-cut' ? fault.afterChunks : null;
    return wantsStream ? stream(o.model, o, signal, cutAfter) : completion(o.model);
  };
}
