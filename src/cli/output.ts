// Where a command writes: its report on `out` (stdout), problems on `err` (stderr). Injected so tests
// read both without spawning a process.
export interface CliOutput {
  out: (text: string) => void;
  err: (text: string) => void;
}
