// The terser pass of minify-paste-box.mjs, in a worker thread: receives the chunk's code, posts the
// minified code back, with the options of terser-options.mjs (compress and mangle, the classifier's
// internal property names renamed as well).
import { parentPort, workerData } from 'node:worker_threads';
import { minify } from 'terser';
import { TERSER_OPTIONS } from './terser-options.mjs';

const out = await minify(workerData, TERSER_OPTIONS);
if (out.code === undefined) throw new Error('terser returned no code');
parentPort.postMessage(out.code);
