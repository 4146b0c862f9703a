// Builds the classifier's match tables from registry entries. The generated module in
// src/generated/ is this function's output written as code; tests also call it directly.
import type { ErrorEntry, Provider } from '../registry/schema.js';
import type { CodeInfo, ErrorCode, MatchTables, ProviderMarkers, RuleRow } from '../src/classify/types.js';
import { scoreOf } from '../src/classify/conditions.js';

const LAYERS: Record<Provider['role'], ProviderMarkers['layer']> = { primary: 'upstream', secondary: 'upstream', tertiary: 'upstream', proxy: 'proxy', client: 'client' };

export function recognitionTable(providers: readonly Provider[]): ProviderMarkers[] {
  return [...providers].sort((a, b) => a.recognition.precedence - b.recognition.precedence).map((p) => ({
    provider: p.id, layer: LAYERS[p.role], hosts: p.recognition.hosts, wrappers: p.recognition.wrappers,
    phrases: p.recognition.phrases, orgIdPattern: p.recognition.orgIdPattern,
  }));
}

export function buildMatchTables(entries: readonly ErrorEntry[], providers: readonly Provider[]): MatchTables {
  const active = entries.filter((e) => e.lifecycle !== 'removed');
  const codes: CodeInfo[] = active.map((e) => ({
    // The generated enums list every registry code; tsc checks the emitted tables against them.
    code: e.code as ErrorCode, category: e.category, severity: e.severity, source: e.source,
    httpStatus: e.httpStatus, retryable: e.retryable, action: e.action,
  }));
  const rules: RuleRow[] = [];
  active.forEach((e, entry) => {
    for (const m of e.match) {
      const { message, ...rest } = m;
      const row: RuleRow = { entry, score: scoreOf(m), ...rest };
      if (message) row.message = message.map((p) => `(?:${p})`).join('|');
      rules.push(row);
    }
  });
  // Stable: equal scores keep registry order, so the earlier entry wins a tie.
  rules.sort((a, b) => b.score - a.score);
  const aliases: Record<string, string> = {};
  for (const e of entries) for (const a of e.aliases) aliases[a] = e.code;
  return { recognition: recognitionTable(providers), codes, rules, aliases };
}
