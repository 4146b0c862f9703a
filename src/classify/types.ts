// Public types of the classifier and the shape of its generated tables. The enums come from the
// generated module, so the runtime package depends on nothing but plain data.
import type { Action, ErrorCategory, ErrorCode, ErrorSeverity, ProviderId } from '../generated/enums.js';
import type { RuleRow } from './conditions.js';

export type { Action, ErrorCategory, ErrorCode, ErrorSeverity, ProviderId, RuleRow };

/** Which layer of evidence a finding came from, most structured first. */
export type EvidenceLayer = 'field' | 'class' | 'status' | 'provider' | 'rule' | 'wording' | 'cue';

/** One piece of evidence that decided the result: its layer, the rule that read it, and the text it matched. */
export interface EvidenceItem {
  layer: EvidenceLayer;
  rule: string;
  matched: string;
}

/** An evidence item, made in one place: written out at each of its 17 sites, its field names cost bundle bytes. */
export const evidenceItem = (layer: EvidenceLayer, rule: string, matched: string): EvidenceItem => ({ layer, rule, matched });

export interface Classification {
  /** The registry code, as the docs spell it (`groq-rate-limit`, `ECONNREFUSED`, `UNKNOWN`). */
  code: ErrorCode;
  category: ErrorCategory;
  severity: ErrorSeverity;
  /** The upstream provider the error came from, when the input shows it; never guessed. */
  provider: ProviderId | null;
  /** The response's status (200 to 599) when the input shows one, else the status of the code it classified to; null when neither has one. */
  httpStatus: number | null;
  retryable: boolean;
  action: Action;
  /** How long the provider asked us to wait, in ms; null when it did not say. Never NaN or negative. */
  retryAfterMs: number | null;
  docsUrl: string;
  message: string;
  /**
   * How sure the result is: `high` when an entry's own rule with specific evidence decided it,
   * `medium` when a status, a class name or a weaker rule did, `low` when only wordings did.
   */
  confidence: 'high' | 'medium' | 'low';
  /** What decided it, most decisive first. */
  evidence: EvidenceItem[];
}

/** One classifier row per registry entry, in registry order. */
export interface CodeInfo {
  code: ErrorCode;
  category: ErrorCategory;
  severity: ErrorSeverity;
  source: string;
  httpStatus: number | null;
  retryable: boolean;
  action: Action;
}

/**
 * An error class as the libraries print it (registry/classes.ts, which names the libraries; the
 * tables leave them out: 159 gzipped bytes of the paste box for a detail the name carries).
 */
export interface ErrorClassInfo {
  name: string;
  status: number | null;
  category: ErrorCategory | null;
}

/** What a literal found in the text stands for. `exact` literals must also match case as written. */
export type ScanHit =
  | { kind: 'provider'; provider: ProviderId; layer: 'upstream' | 'proxy' | 'client'; what: string; exact: string | null }
  | { kind: 'class'; cls: number; exact: string }
  /** A category's wording, or (`cue`) a common word of it read only when nothing else is evident. */
  | { kind: 'category'; category: ErrorCategory; cue?: true }
  | { kind: 'reason'; status: number }
  /** A provider outside this stack (registry/wordings.ts `otherProviders`), by name. */
  | { kind: 'other'; name: string }
  /** A literal some rules' message patterns require: the rules (indices into `rules`) worth testing. */
  | { kind: 'anchor'; rules: readonly number[] };

/** Every literal the text layers look for, found in one pass by an Aho-Corasick automaton. */
export interface Scanner {
  /** Lower-case literals. */
  literals: readonly string[];
  /** What each literal stands for (parallel to `literals`). */
  hits: ReadonlyArray<readonly ScanHit[]>;
}

/** A provider's weak markers: shapes of its model ids and organisation ids. */
export interface ProviderPattern {
  provider: ProviderId;
  what: string;
  pattern: string;
}

/** A response header that names a provider, or the layer that relayed the answer. */
export interface ProviderHeader {
  header: string;
  provider: ProviderId;
  layer: 'upstream' | 'proxy' | 'client';
}

export interface MatchTables {
  scanner: Scanner;
  providerHeaders: readonly ProviderHeader[];
  /** Weak provider markers, tested only when no strong marker (host, wrapper, wording) named one. */
  providerPatterns: readonly ProviderPattern[];
  /** Upstream providers in precedence order: when two are named, the first wins. */
  providerPrecedence: readonly ProviderId[];
  classes: readonly ErrorClassInfo[];
  /** Regex sources, each capturing an HTTP status in one group. */
  statusShapes: readonly string[];
  /** Regex source for an error status written on its own, read only when no shape reads one. */
  bareStatus: string;
  /** Category precedence for wordings, and each category's generic code (an index into `codes`), LiteLLM's own where it has one for errors through the proxy. */
  categories: { precedence: readonly ErrorCategory[]; specific: readonly ErrorCategory[]; specificAt: Readonly<Record<string, readonly ErrorCategory[]>>; generic: Readonly<Partial<Record<ErrorCategory, number>>>; viaLitellm: Readonly<Partial<Record<ErrorCategory, number>>>; byStatus: Readonly<Record<string, ErrorCategory>> };
  codes: readonly CodeInfo[];
  /** Sorted by score, highest first; ties keep registry order. */
  rules: readonly RuleRow[];
}
