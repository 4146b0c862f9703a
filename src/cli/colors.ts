// Terminal colours for the CLI. Colour only on a terminal: picocolors alone also colours piped
// output when CI is set and on Windows, which ends up as escape codes in log files and `| grep`.
import pc from 'picocolors';

export function wantsColor(env: NodeJS.ProcessEnv, isTTY: boolean | undefined): boolean {
  if (env.NO_COLOR) return false;
  return Boolean(env.FORCE_COLOR) || (isTTY === true && env.TERM !== 'dumb');
}

/** Colours for stdout, decided once. */
export const colors = pc.createColors(wantsColor(process.env, process.stdout.isTTY));
