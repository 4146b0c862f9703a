// Network codes from real sockets on 127.0.0.1: a closed port, a server that resets the
// connection, one that accepts and never answers, one that dies mid-body, a taken port, a
// `.invalid` host. Each failure, as fetch, undici and the SDKs really throw it, must classify.
import { createOpenAICompatible } from '@ai-sdk/openai-compatible';
import { generateText } from 'ai';
import Groq from 'groq-sdk';
import { createServer } from 'node:net';
import OpenAI from 'openai';
import { Agent, fetch as undiciFetch } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classify } from '../src/index.js';
import { listen, type Running } from './helpers/fake-provider.js';

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (e) {
    return e;
  }
  throw new Error('expected a failure');
}

/** A port that was free a moment ago and has nothing listening now. */
async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as { port: number };
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

const sdkCalls = {
  fetch: (url: string) => fetch(`${url}/v1/chat/completions`, { method: 'POST', body: '{}' }),
  openai: (url: string) => new OpenAI({ apiKey: 'sk-test', baseURL: `${url}/v1`, maxRetries: 0 }).chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'hi' }] }),
  'groq-sdk': (url: string) => new Groq({ apiKey: 'gsk_test', baseURL: url, maxRetries: 0 }).chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'hi' }] }),
  'ai-sdk': (url: string) => generateText({ model: createOpenAICompatible({ name: 'p', baseURL: `${url}/v1`, apiKey: 'k' })('m'), prompt: 'hi', maxRetries: 0 }),
};

describe('a closed port', () => {
  it.each(Object.entries(sdkCalls))('%s -> ECONNREFUSED', async (_name, call) => {
    const port = await closedPort();
    expect(classify(await rejection(call(`http://127.0.0.1:${port}`))).code).toBe('ECONNREFUSED');
  });
});

describe('a server that resets every connection', () => {
  let server: Running;
  beforeAll(async () => {
    server = await listen(() => undefined, (socket) => socket.resetAndDestroy());
  });
  afterAll(() => server.close());

  it.each(Object.entries(sdkCalls))('%s -> ECONNRESET', async (_name, call) => {
    expect(classify(await rejection(call(server.url))).code).toBe('ECONNRESET');
  });
});

describe('a server that accepts and never answers', () => {
  let server: Running;
  beforeAll(async () => {
    server = await listen(() => undefined);
  });
  afterAll(() => server.close());

  it('fetch with AbortSignal.timeout -> timeout-error', async () => {
    const err = await rejection(fetch(server.url, { signal: AbortSignal.timeout(150) }));
    expect((err as Error).name).toBe('TimeoutError');
    expect(classify(err).code).toBe('timeout-error');
  });

  it('fetch aborted by the caller -> abort-error', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const err = await rejection(fetch(server.url, { signal: controller.signal }));
    expect((err as Error).name).toBe('AbortError');
    expect(classify(err).code).toBe('abort-error');
  });

  it("undici's own headers timeout -> UND_ERR_HEADERS_TIMEOUT", async () => {
    const dispatcher = new Agent({ headersTimeout: 150 });
    const err = await rejection(undiciFetch(server.url, { dispatcher }));
    expect(classify(err).code).toBe('UND_ERR_HEADERS_TIMEOUT');
    await dispatcher.close();
  });

  it('the openai client timeout -> timeout-error (APIConnectionTimeoutError)', async () => {
    const err = await rejection(new OpenAI({ apiKey: 'sk-test', baseURL: `${server.url}/v1`, maxRetries: 0, timeout: 150 })
      .chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'hi' }] }));
    expect((err as Error).constructor.name).toBe('APIConnectionTimeoutError');
    expect(classify(err).code).toBe('timeout-error');
  });

  it('the groq-sdk timeout -> timeout-error', async () => {
    const err = await rejection(new Groq({ apiKey: 'gsk_test', baseURL: server.url, maxRetries: 0, timeout: 150 })
      .chat.completions.create({ model: 'm', messages: [{ role: 'user', content: 'hi' }] }));
    expect(classify(err).code).toBe('timeout-error');
  });
});

describe('a server that sends headers, then stalls or dies mid-body', () => {
  let stalls: Running;
  let dies: Running;
  beforeAll(async () => {
    stalls = await listen((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('data: {"choices":[{"delta":{"content":"Hel"}}]}\n\n');
    });
    dies = await listen((req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.write('data: {"choices":[{"delta":{"content":"Hel"}}]}\n\n', () => setTimeout(() => req.socket.destroy(), 20));
    });
  });
  afterAll(async () => {
    await stalls.close();
    await dies.close();
  });

  it("undici's body timeout -> UND_ERR_BODY_TIMEOUT", async () => {
    const dispatcher = new Agent({ bodyTimeout: 150 });
    const res = await undiciFetch(stalls.url, { dispatcher });
    expect(classify(await rejection(res.text())).code).toBe('UND_ERR_BODY_TIMEOUT');
    await dispatcher.close();
  });

  it('a socket closed while the stream is read -> stream-terminated', async () => {
    const res = await fetch(dies.url);
    const err = await rejection(res.text());
    expect((err as Error).message).toBe('terminated');
    expect(classify(err).code).toBe('stream-terminated');
  });
});

describe('other real failures', () => {
  it('a .invalid host -> ENOTFOUND', async () => {
    const err = await rejection(fetch('http://api.provider-fallback.invalid/v1/models'));
    expect(classify(err).code).toBe('ENOTFOUND');
  });

  it('binding a port that is taken -> EADDRINUSE', async () => {
    const first = createServer();
    await new Promise<void>((r) => first.listen(0, '127.0.0.1', r));
    const { port } = first.address() as { port: number };
    const second = createServer();
    const err = await new Promise<unknown>((resolve) => {
      second.once('error', resolve);
      second.listen(port, '127.0.0.1');
    });
    await new Promise<void>((r) => first.close(() => r()));
    expect((err as NodeJS.ErrnoException).code).toBe('EADDRINUSE');
    expect(classify(err).code).toBe('EADDRINUSE');
  });
});
