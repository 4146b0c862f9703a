// The proxy port must be free before LiteLLM starts: with the default 4000 taken, the litellm CLI
// quietly moves to a random port and Kilo Code gets ECONNREFUSED on 4000 (litellm-port-in-use).
// Binding 127.0.0.1 also fails while another process holds 0.0.0.0 on the same port.
import { bindErrorCode } from '../codes.js';
import { fail, pass, type CheckResult, type Context, type DoctorIO } from '../types.js';

export const PORT_HOST = '127.0.0.1';

export async function portCheck(ctx: Context, io: Pick<DoctorIO, 'listen'>): Promise<CheckResult> {
  const { port } = ctx.opts;
  try {
    await io.listen(port, PORT_HOST);
    return pass('port', `port ${port} is free on ${PORT_HOST}`);
  } catch (err) {
    const errno = (err as { code?: unknown }).code;
    const what = typeof errno === 'string' ? errno : err instanceof Error ? err.message : String(err);
    return fail('port', `port ${port} on ${PORT_HOST} cannot be bound (${what}): the proxy cannot listen there`,
      `free it (find the holder: ss -ltnp "sport = :${port}" or Get-NetTCPConnection -LocalPort ${port}) or run litellm --port <free port> and doctor --port <free port>`,
      bindErrorCode(ctx.reg, err));
  }
}
