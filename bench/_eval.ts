import { readdirSync } from 'node:fs';
import { loadCorpus, score } from '../test/helpers/corpus.js';
import { classify } from '../src/index.js';
import { keywordBaseline } from './keyword-baseline.js';
const rows = loadCorpus();
const s = score(rows, (x) => classify(x));
const b = score(rows, keywordBaseline);
console.log(`rows ${rows.length}: classify cat ${(s.category*100).toFixed(1)} prov ${(s.provider*100).toFixed(1)} | baseline cat ${(b.category*100).toFixed(1)} prov ${(b.provider*100).toFixed(1)}`);
if (process.argv[2] === 'v') for (const m of s.misses) console.log(`${m.row.id}\t${m.row.category.join('/')}->${m.category}\t${m.row.providerEvident?m.row.provider:null}->${m.provider}\t${(m.row.input.kind==='text'?m.row.input.text:JSON.stringify(m.row.input.object)).slice(0,150).replace(/\n/g,' ')}`);
