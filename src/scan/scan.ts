// Reads a log (a LiteLLM proxy log, an agent's output, any log) line by line and tallies what went
// wrong by registry code: how often, first and last seen, which providers, what to do. An error
// line and the traceback or stack under it are one failure (./events.ts), classified with all of
// their text. It holds one summary per code, one failure in progress and a bounded memo of the texts
// it classified, so memory stays flat however long the log is.
import { stripVTControlCharacters } from 'node:util';
import type { Classification } from '../classify/types.js';
import { maskLookalikes } from '../secrets.js';
import { continuation, MAX_EVENT_TEXT, startsTraceback, type TracebackState } from './events.js';

/**
 * A line worth classifying: it says something failed. Everything else is skipped unread. A number
 * after a colon is a source line or a port (`proxy_server.py:512`, `:443`), not a status.
 */
const LOOKS_LIKE_AN_ERROR = /error|exception|fail|refused|denied|timed? ?out|terminated|exceeded|unavailable|invalid|reset|(?<!:)\b[45]\d\d\b/i;
/** A timestamp at the start of a line: ISO (`2026-11-28T03:12:09Z`, `2026-11-28 03:12:09`) or a bare `HH:MM:SS`. */
const LEADING_TIME = /^\W{0,2}(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?|\d{2}:\d{2}:\d{2})/;
/**
 * A JSON log line's own time field. LiteLLM's JSON logs (`JSON_LOGS=true`: `JsonFormatter` in
 * litellm/_logging.py) write `{"message": ..., "level": ..., "timestamp": "<datetime.isoformat()>"}`.
 */
const JSON_TIME = /^\s*\{.*?"(?:timestamp|@timestamp|time|ts)"\s*:\s*"(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d+)?(?:Z|[+-]\d{2}:?\d{2})?)"/;
/**
 * The prefix `docker compose logs` and `docker compose up` write before each line: the container's
 * name without the project (`litellm-1`; Compose v1 wrote `litellm_1`), padded to the longest name
 * shown, then " | " (`presenter.setPrefix` in docker/compose cmd/formatter/logs.go). Read without it,
 * a traceback keeps its indentation. Only names that end in Compose's replica number count, so a
 * logger's own `ERROR    | message` keeps its level.
 */
const COMPOSE_PREFIX = /^[A-Za-z0-9][\w.-]*?[-_]\d+ +\| /;
/**
 * The time `docker logs -t` and `docker compose logs -t` write before each line (Go's
 * RFC3339NanoFixed: nine fraction digits, then a space). Read without it too, or no traceback
 * header would start its line; it becomes the line's time.
 */
const DOCKER_TIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{9}(?:Z|[+-]\d{2}:\d{2})) /;
const timeOf = (line: string) => LEADING_TIME.exec(line)?.[1] ?? JSON_TIME.exec(line)?.[1] ?? null;
const MAX_LINE = 64 * 1024;
/**
 * Failures already counted, by their text: a log repeats one error many times (a rate-limit
 * storm, a dead upstream), and a text classifies the same wherever it appears. Bounded, so memory
 * stays flat: at most MEMO_ENTRIES texts of at most MEMO_TEXT characters, each pointing at the
 * summary it was counted under (about 8 million characters at worst, well under 1 MB for errors of
 * typical length), the oldest out first.
 */
export const MEMO_ENTRIES = 4096;
export const MEMO_TEXT = 2048;

/** An example cut to 160 characters. Mask it first: a cut could leave part of a key too short to look like one. */
const shorten = (text: string) => (text.length > 160 ? `${text.slice(0, 157)}...` : text);

export interface CodeSummary {
  code: string;
  category: string;
  action: string;
  count: number;
  /** Line number and, when the line starts with one (or is JSON with a time field), its timestamp. */
  first: { line: number; time: string | null };
  last: { line: number; time: string | null };
  /** Providers named by the lines with this code (none when no line showed one). */
  providers: string[];
  docsUrl: string;
  /** The first line's message, keys and URL passwords masked, shortened: what it looked like. */
  example: string;
}

export interface ScanReport {
  lines: number;
  /** Lines that looked like errors and were classified; the traceback or stack under one is part of it, not another. */
  errorLines: number;
  /** Errors no registry entry recognised. */
  unrecognised: number;
  bytes: number;
  /** Most frequent first. */
  codes: CodeSummary[];
}

export type Classifier = (line: string) => Classification;

/** A log line as the program wrote it: without colour codes, Compose's prefix or Docker's time (kept apart). */
function asWritten(raw: string): { line: string; dockerTime: string | undefined } {
  // LiteLLM's own log format colours every line's time and level, in files and `docker logs` too
  // (litellm/_logging.py: "\033[92m%(asctime)s - %(name)s:%(levelname)s\033[0m: ..."): read without them.
  const cut = raw.length > MAX_LINE ? raw.slice(0, MAX_LINE) : raw;
  const plain = (cut.includes('\u001b') ? stripVTControlCharacters(cut) : cut).replace(COMPOSE_PREFIX, '');
  const time = DOCKER_TIME.exec(plain);
  return time ? { line: plain.slice(time[0].length), dockerTime: time[1] } : { line: plain, dockerTime: undefined };
}

/** A failure being read: its first line, and the text of it and the lines that continue it. */
interface Failure {
  line: number;
  time: string | null;
  text: string;
  traceback: TracebackState;
}

/** Tallies lines as they arrive; `report()` can be called at any point (it closes the failure in progress). */
export class LogScanner {
  private lines = 0;
  private errorLines = 0;
  private unrecognised = 0;
  private bytes = 0;
  private readonly byCode = new Map<string, CodeSummary>();
  /** A text already counted -> its code's summary (null: not recognised); see MEMO_ENTRIES. */
  private readonly memo = new Map<string, CodeSummary | null>();
  private current: Failure | null = null;

  constructor(private readonly classify: Classifier) {}

  add(raw: string): void {
    this.lines++;
    this.bytes += raw.length + 1;
    const { line, dockerTime } = asWritten(raw);
    if (this.current) {
      const next = continuation(this.current.traceback, line);
      if (next.continues) {
        this.current.traceback = next.state;
        if (!next.skip && this.current.text.length < MAX_EVENT_TEXT) this.current.text += `\n${line}`;
        return;
      }
      this.close();
    }
    const traceback = startsTraceback(line);
    if (!traceback && !LOOKS_LIKE_AN_ERROR.test(line)) return;
    this.errorLines++;
    this.current = { line: this.lines, time: dockerTime ?? timeOf(line), text: line, traceback: traceback ? 'frames' : 'none' };
  }

  /**
   * Counts the failure in progress. A text counted before at another time only counts again: the
   * memo is keyed without the leading timestamp, which holds only digits and separators (no status
   * shape reads a number with a point, comma, colon or dash before it), so it never changes a
   * verdict, and its code, providers and example are already in the summary.
   */
  private close(): void {
    const f = this.current;
    if (!f) return;
    this.current = null;
    const seen = { line: f.line, time: f.time };
    const key = f.text.replace(LEADING_TIME, '');
    const known = this.memo.get(key);
    if (known === undefined) {
      const summary = this.tally(this.classify(f.text), seen);
      if (key.length <= MEMO_TEXT) {
        if (this.memo.size >= MEMO_ENTRIES) this.memo.delete(this.memo.keys().next().value!);
        this.memo.set(key, summary);
      }
    } else if (known === null) this.unrecognised++;
    else { known.count++; known.last = seen; }
  }

  /** Counts a classification under its code; the summary it went to, or null when nothing was recognised. */
  private tally(c: Classification, seen: CodeSummary['last']): CodeSummary | null {
    if (c.code === 'UNKNOWN') {
      this.unrecognised++;
      return null;
    }
    const s = this.byCode.get(c.code);
    if (s) {
      s.count++;
      s.last = seen;
      if (c.provider !== null && !s.providers.includes(c.provider)) s.providers.push(c.provider);
      return s;
    }
    const summary: CodeSummary = {
      code: c.code, category: c.category, action: c.action, count: 1, first: seen, last: seen,
      providers: c.provider === null ? [] : [c.provider], docsUrl: c.docsUrl,
      example: shorten(maskLookalikes(c.message)),
    };
    this.byCode.set(c.code, summary);
    return summary;
  }

  report(): ScanReport {
    this.close();
    const codes = [...this.byCode.values()].sort((a, b) => b.count - a.count || a.first.line - b.first.line);
    return { lines: this.lines, errorLines: this.errorLines, unrecognised: this.unrecognised, bytes: this.bytes, codes };
  }
}

/** Scans any source of lines (readline over a file or stdin) to the end. */
export async function scanLines(lines: AsyncIterable<string>, classify: Classifier, onLine?: (bytes: number) => void): Promise<ScanReport> {
  const scanner = new LogScanner(classify);
  for await (const line of lines) {
    scanner.add(line);
    onLine?.(line.length + 1);
  }
  return scanner.report();
}
