// `npm run bench`: every benchmark of the project, printed as Markdown. Rerun it anywhere; the
// README quotes one run and names the machine it ran on.
import { cpus } from 'node:os';
import { benchClassify } from './classify.js';
import { benchSite } from './site.js';

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`# provider-fallback benchmarks\n\nNode ${process.version}, ${cpus().length} × ${cpu}\n`);
console.log('## classify\n');
console.log((await benchClassify()).join('\n'));
console.log('\n## docs site\n');
console.log(benchSite().join('\n'));
