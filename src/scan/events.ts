// One failure often takes many lines: Python's logging.exception writes the message, then the
// traceback (CPython's format: a "Traceback (most recent call last):" header, indented frames, the
// unindented "Type: message" line, and chained ones after "During handling of the above exception"
// or "The above exception was the direct cause"); Node and Java print indented "at ..." frames and
// "[cause]:" / "Caused by:" lines under the error. These rules say which lines continue the error
// before them, so that scan counts the failure once and classifies it with all of its text.

const TRACEBACK_HEADER = /^\s*Traceback \(most recent call last\):/;
const CHAIN_MARKER = /^\s*(?:During handling of the above exception, another exception occurred:|The above exception was the direct cause of the following exception:)/;
/** A frame or cause under a Node, browser or Java error: "    at fn (file:1:2)", "[cause]: ...", "Caused by: ...", "... 12 more". */
const STACK_CONTINUATION = /^\s+at\s|^\s*\[cause\]:|^Caused by: |^\s+\.\.\. \d+ more/;

/** Where a Python traceback is: in its frames, just past its last line (a chained one may follow), or none yet. */
export type TracebackState = 'none' | 'frames' | 'done';

/** Bounds the text kept for one failure, so a runaway traceback cannot grow memory. */
export const MAX_EVENT_TEXT = 64 * 1024;

/** Starts a failure at this line even if it does not read like an error (a bare traceback). */
export const startsTraceback = (line: string) => TRACEBACK_HEADER.test(line);

/**
 * Whether `line` continues the failure in progress, and the traceback state after it. A blank
 * line just past a traceback is held (`skip`): a chained traceback may follow it.
 */
export function continuation(state: TracebackState, line: string): { continues: boolean; skip?: boolean; state: TracebackState } {
  if (TRACEBACK_HEADER.test(line)) return { continues: true, state: 'frames' };
  if (state === 'frames') {
    if (line.trim() === '' || /^\s/.test(line)) return { continues: true, state };
    return { continues: true, state: 'done' }; // the unindented "Type: message" line ends the traceback
  }
  if (state === 'done') {
    if (line.trim() === '') return { continues: true, skip: true, state };
    if (CHAIN_MARKER.test(line)) return { continues: true, state: 'done' };
    return { continues: false, state: 'none' };
  }
  return STACK_CONTINUATION.test(line) ? { continues: true, state } : { continues: false, state: 'none' };
}
