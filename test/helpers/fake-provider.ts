// HTTP servers on 127.0.0.1 that answer like Groq, OpenAI, OpenRouter or a LiteLLM proxy would,
// replaying a registry sample: an HTTP error (status, headers, body) or a 200 SSE stream that
// carries an error chunk after some content, as OpenRouter does mid-generation.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Sample } from '../../registry/schema.js';
import { sampleOnTheWire } from '../../scenarios/mock-provider.js';

export interface Running {
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function listen(handler: (req: IncomingMessage, res: ServerResponse) => void, onSocket?: (s: Socket) => void): Promise<Running> {
  const server: Server = createServer(handler);
  const sockets = new Set<Socket>();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
    onSocket?.(s);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () => new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      server.close(() => resolve());
    }),
  };
}

function drain(req: IncomingMessage): Promise<void> {
  return new Promise((resolve) => {
    req.on('data', () => undefined);
    req.on('end', resolve);
  });
}

function serialise(body: unknown): string {
  return typeof body === 'string' ? body : JSON.stringify(body);
}

/** Answers every request with the sample, the way the real provider sent it. */
export function replay(sample: Sample): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    void drain(req).then(() => {
      if (sample.kind === 'stream') {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', ...(sample.headers ?? {}) });
        const first = { id: 'gen-1', object: 'chat.completion.chunk', created: 1764331200, model: 'm', choices: [{ index: 0, delta: { role: 'assistant', content: 'Hel' }, finish_reason: null }] };
        res.write(': OPENROUTER PROCESSING\n\n');
        res.write(`data: ${JSON.stringify(first)}\n\n`);
        res.end(`data: ${serialise(sample.body)}\n\n`);
        return;
      }
      const wire = sampleOnTheWire(sample);
      res.writeHead(wire.status, wire.headers);
      res.end(wire.body);
    });
  };
}
