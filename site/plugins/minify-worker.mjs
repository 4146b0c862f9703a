// The terser pass of minify-paste-box.mjs, in a worker thread: receives the chunk's code, posts the
// minified code back. Terser's defaults (compress and mangle) gave the smallest gzipped result.
import { parentPort, workerData } from 'node:worker_threads';
import { minify } from 'terser';

const out = await minify(workerData, { module: true, compress: true, mangle: true });
if (out.code === undefined) throw new Error('terser returned no code');
parentPort.postMessage(out.code);
