// Every HTTP and stream sample in the registry, served from 127.0.0.1 the way the provider answers,
// requested through the real openai, groq-sdk and Vercel AI SDK clients: the error each client
// throws must classify to the sample's own code.
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { generateText, streamText } from 'ai';
import Groq from 'groq-sdk';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadRegistry } from '../registry/index.js';
import type { Sample } from '../registry/schema.js';
import { classify } from '../src/index.js';
import { listen, replay, type Running } from './helpers/fake-provider.js';

const MESSAGES = [{ role: 'user' as const, content: 'hi' }];

type Client = (baseUrl: string, stream: boolean) => Promise<unknown>;

/**
 * What the application ends up holding: the thrown error, or, when the provider answered 200 with
 * the failure inside the completion (OpenRouter's `finish_reason: "error"`), the returned value.
 */
async function outcome(call: () => Promise<unknown>): Promise<unknown> {
  try {
    return await call();
  } catch (e) {
    return e;
  }
}

async function caught(call: () => Promise<unknown>): Promise<unknown> {
  try {
    await call();
  } catch (e) {
    return e;
  }
  throw new Error('the client did not fail');
}

const clients: Record<string, Client> = {
  openai: (base, stream) => outcome(async () => {
    const client = new OpenAI({ apiKey: 'sk-test-not-a-real-key', baseURL: `${base}/v1`, maxRetries: 0, timeout: 10_000 });
    if (!stream) return client.chat.completions.create({ model: 'groq-primary', messages: MESSAGES });
    for await (const _chunk of await client.chat.completions.create({ model: 'groq-primary', messages: MESSAGES, stream: true })) { /* consume */ }
  }),
  'groq-sdk': (base, stream) => outcome(async () => {
    const client = new Groq({ apiKey: 'gsk_test_not_a_real_key', baseURL: base, maxRetries: 0, timeout: 10_000 });
    if (!stream) return client.chat.completions.create({ model: 'openai/gpt-oss-120b', messages: MESSAGES });
    for await (const _chunk of await client.chat.completions.create({ model: 'openai/gpt-oss-120b', messages: MESSAGES, stream: true })) { /* consume */ }
  }),
  'ai-sdk': async (base, stream) => {
    const provider = createOpenAICompatible({ name: 'litellm', baseURL: `${base}/v1`, apiKey: 'sk-test-not-a-real-key' });
    // A 200 with an in-band error resolves; the raw completion is on response.body.
    if (!stream) return outcome(async () => (await generateText({ model: provider('groq-primary'), prompt: 'hi', maxRetries: 0 })).response.body);
    let error: unknown;
    const result = streamText({ model: provider('groq-primary'), prompt: 'hi', maxRetries: 0, onError: ({ error: e }) => { error = e; } });
    for await (const part of result.fullStream) if (part.type === 'error') error ??= part.error;
    if (error === undefined) throw new Error('the stream carried no error');
    return error;
  },
};

const reg = loadRegistry();
const cases = reg.errors.flatMap((e) => e.samples.map((s, i) => ({ code: e.code, i, s })))
  .filter(({ s }) => s.kind === 'http' || s.kind === 'stream');

describe.each(Object.keys(clients))('%s client', (clientName) => {
  const servers = new Map<Sample, Running>();
  beforeAll(async () => {
    for (const { s } of cases) servers.set(s, await listen(replay(s)));
  });
  afterAll(async () => {
    await Promise.all([...servers.values()].map((s) => s.close()));
  });

  it.each(cases.map((c) => [`${c.code} sample ${c.i} (${c.s.kind} ${c.s.status ?? 200})`, c] as const))('%s', async (_name, { code, s }) => {
    const thrown = await clients[clientName]!(servers.get(s)!.url, s.kind === 'stream');
    const result = classify(thrown, s.hintProvider ? { provider: s.hintProvider } : undefined);
    expect(result.code, `${clientName} threw ${String((thrown as Error)?.constructor?.name)}: ${String((thrown as Error)?.message).slice(0, 200)}`).toBe(code);
  });
});

describe('AI SDK RetryError', () => {
  it('unwraps to its last error', async () => {
    // One without retry-after, so the SDK's own 2 s backoff is the only wait.
    const sample = reg.errors.find((e) => e.code === 'groq-rate-limit')!.samples
      .find((s) => s.kind === 'http' && !Object.keys(s.headers ?? {}).some((h) => h.toLowerCase().startsWith('retry-after')))!;
    const server = await listen(replay(sample));
    try {
      const provider = createOpenAICompatible({ name: 'groq', baseURL: `${server.url}/v1`, apiKey: 'gsk_test' });
      const thrown = await caught(() => generateText({ model: provider('openai/gpt-oss-120b'), prompt: 'hi', maxRetries: 1 }));
      expect((thrown as Error).name).toBe('AI_RetryError');
      expect(classify(thrown).code).toBe('groq-rate-limit');
    } finally {
      await server.close();
    }
  });
});
