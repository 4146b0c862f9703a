// `npm run bench` (classifier part, continued): the same three classify loops as bench/classify.ts,
// in a plain `node` process with no TypeScript loader, importing the compiled package as an
// application does. bench/classify.ts runs it as a child and passes the registry's samples in a
// JSON file (argv[2]); it prints classifications per second for each input kind as JSON.
// Why a separate process: under the tsx CLI the scanner's loop is sometimes compiled into code
// about three times slower once classify has run, which plain node was not seen to do.
import { readFileSync } from 'node:fs';
import OpenAI from 'openai';
import { Bench } from 'tinybench';
import { classify } from '../lib/index.js';

const { http, lines } = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const sdkErrors = http.map((s) => OpenAI.APIError.generate(s.status, s.body, undefined, new Headers(s.headers)));
const responses = http.map((s) => ({ status: s.status, headers: s.headers, body: s.body }));

let sink = 0;
function cycle(inputs) {
  let i = 0;
  return () => {
    if (classify(inputs[i])) sink++;
    i = (i + 1) % inputs.length;
  };
}

const bench = new Bench({ time: 1500, warmupTime: 300 });
bench.add('sdk', cycle(sdkErrors)).add('responses', cycle(responses)).add('strings', cycle(lines));
await bench.run();
const hz = Object.fromEntries(bench.tasks.map((t) => [t.name, Math.round(t.result.hz)]));
console.log(JSON.stringify({ ...hz, consumed: sink }));
