// `npm run bench`: every benchmark of the project, printed as Markdown. Rerun it anywhere; the
// README quotes one run and names the machine it ran on.
import { cpus } from 'node:os';
import { benchAccuracy } from './accuracy.js';
import { benchClassify } from './classify.js';
import { benchExecutor } from './executor.js';
import { benchPackage } from './package.js';
import { benchScan } from './scan.js';
import { benchSite } from './site.js';
import { benchTokens } from './tokens.js';

const cpu = cpus()[0]?.model ?? 'unknown CPU';
console.log(`# provider-fallback benchmarks\n\nNode ${process.version}, ${cpus().length} × ${cpu}\n`);
console.log('## the installed package\n');
console.log((await benchPackage()).join('\n'));
console.log('\n## classify: accuracy on real errors\n');
console.log(benchAccuracy().join('\n'));
console.log('\n## classify: speed\n');
console.log((await benchClassify()).join('\n'));
console.log('\n## fallback executor\n');
console.log((await benchExecutor()).join('\n'));
console.log('\n## token counting before the call\n');
console.log((await benchTokens()).join('\n'));
console.log('\n## scan\n');
console.log((await benchScan()).join('\n'));
console.log('\n## docs site\n');
console.log(benchSite().join('\n'));
