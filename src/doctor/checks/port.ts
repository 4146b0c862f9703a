// The proxy port must be free before LiteLLM starts: with the default 4000 taken, the litellm CLI
// quietly moves to a random port and Kilo Code gets ECONNREFUSED on 4000 (litellm-port-in-use).
// Binding 127.0.0.1 also fails while another process holds 0.0.0.0 on the same port.
import { bindErrorCode } from '../codes.js';
import { fail, pass, warn, type CheckResult, type Context, type DoctorIO } from '../types.js';

export const PORT_HOST = '127.0.0.1';

/**
 * Whether a LiteLLM proxy holds the port: its unprotected liveness route answers "I'm alive!"
 * (`GET /health/liveliness`, LiteLLM's deployment docs). Running doctor next to the proxy it
 * checks is normal, and that is not the port conflict the check looks for.
 */
async function litellmListens(io: Pick<DoctorIO, 'fetch'>, port: number): Promise<boolean> {
  try {
    const res = await io.fetch(`http://${PORT_HOST}:${port}/health/liveliness`, { signal: AbortSignal.timeout(1000) });
    return res.ok && /alive/i.test(await res.text());
  } catch {
    return false;
  }
}

export async function portCheck(ctx: Context, io: Pick<DoctorIO, 'listen' | 'fetch'>): Promise<CheckResult> {
  const { port } = ctx.opts;
  try {
    await io.listen(port, PORT_HOST);
    return pass('port', `port ${port} is free on ${PORT_HOST}`);
  } catch (err) {
    const errno = (err as { code?: unknown }).code;
    if (errno === 'EADDRINUSE' && await litellmListens(io, port)) {
      return warn('port', `port ${port} is held by a LiteLLM proxy that is already running (it answered /health/liveliness)`,
        `nothing to do if it runs this config; it read the config when it started, so restart it after changing ${ctx.opts.configPath}`, bindErrorCode(ctx.reg, err));
    }
    const what = typeof errno === 'string' ? errno : err instanceof Error ? err.message : String(err);
    return fail('port', `port ${port} on ${PORT_HOST} cannot be bound (${what}): the proxy cannot listen there`,
      `free it (find the holder: ss -ltnp "sport = :${port}" or Get-NetTCPConnection -LocalPort ${port}) or run litellm --port <free port> and doctor --port <free port>`,
      bindErrorCode(ctx.reg, err));
  }
}
