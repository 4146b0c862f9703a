// Turns a registry sample into the value a program would actually hold when it fails:
// a Response-like object, a parsed stream chunk, a thrown Error (with its cause chain), or a string.
import type { Sample, SampleError } from './schema.js';

export function sampleError(e: SampleError): Error {
  const err = new Error(e.message) as Error & Record<string, unknown>;
  err.name = e.name;
  if (e.code !== undefined) err.code = e.code;
  if (e.errno !== undefined) err.errno = e.errno;
  if (e.syscall !== undefined) err.syscall = e.syscall;
  if (e.status !== undefined) err.status = e.status;
  if (e.cause) err.cause = sampleError(e.cause);
  return err;
}

export function sampleInput(s: Sample): unknown {
  switch (s.kind) {
    case 'http':
      return { status: s.status, headers: s.headers ?? {}, body: s.body };
    case 'stream':
      return s.body;
    case 'error':
      return sampleError(s.error!);
    case 'text':
      return s.text;
  }
}
