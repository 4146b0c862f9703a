// Cross-checks of the scenarios: every fault and step names codes, samples and targets that exist,
// so a scenario cannot replay a sample that is not there or check a code nobody can emit.
// Duplicate ids are found with every other section's (validate.ts identityProblems).
import { chainsOf, fallbackOrder } from '../src/litellm/fallback-order.js';
import type { Registry } from './schema.js';
import type { Problem } from './validate.js';

export function scenarioProblems(reg: Registry, origins: ReadonlyArray<string | undefined> = []): Problem[] {
  const problems: Problem[] = [];
  const chains = chainsOf(reg.fallbacks, 'general');
  const codes = new Set(reg.errors.map((e) => e.code));
  reg.scenarios.forEach((s, i) => {
    const at = (field: string, message: string) => problems.push({ file: origins[i], entry: `scenarios[${s.id}]`, field, message });
    if (!chains.has(s.chain)) return at('chain', `'${s.chain}' starts no general fallback chain (known: ${[...chains.keys()].join(', ')})`);
    const targets = new Set(fallbackOrder(chains, s.chain));
    s.faults.forEach((f, j) => {
      if (!targets.has(f.target)) at(`faults[${j}].target`, `'${f.target}' is not in the chain from ${s.chain} (${[...targets].join(', ')})`);
      if (f.untilMs <= f.fromMs) at(`faults[${j}].untilMs`, 'must be after fromMs');
      const fault = f.fault;
      if (fault.kind !== 'sample') return;
      const e = reg.errors.find((x) => x.code === fault.code);
      if (!e) return at(`faults[${j}].fault.code`, `no registry entry '${fault.code}'`);
      if (e.samples[fault.sample]?.kind !== 'http') at(`faults[${j}].fault.sample`, `errors[${e.code}] has no HTTP sample at index ${fault.sample}`);
    });
    s.steps.forEach((st, j) => {
      if (st.check.kind === 'code') for (const c of st.check.codes) if (!codes.has(c)) at(`steps[${j}].check.codes`, `no registry entry '${c}'`);
    });
  });
  return problems;
}
