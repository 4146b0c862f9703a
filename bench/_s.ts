import { loadCorpus, score } from '../test/helpers/corpus.js'; import { classify } from '../src/index.js';
const s = score(loadCorpus(), (x) => classify(x)); console.log(s.category, s.provider);
