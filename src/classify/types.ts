// Public types of the classifier. The enums come from the generated module, so the runtime
// package depends on nothing but plain data.
import type { Action, ErrorCategory, ErrorCode, ErrorSeverity, ProviderId } from '../generated/enums.js';

export type { Action, ErrorCategory, ErrorCode, ErrorSeverity, ProviderId };

export interface Classification {
  /** The registry code, as the docs spell it (`groq-rate-limit`, `ECONNREFUSED`, `UNKNOWN`). */
  code: ErrorCode;
  category: ErrorCategory;
  severity: ErrorSeverity;
  /** The upstream provider the error came from, when known. */
  provider: ProviderId | null;
  httpStatus: number | null;
  retryable: boolean;
  action: Action;
  /** How long the provider asked us to wait, in ms; null when it did not say. Never NaN or negative. */
  retryAfterMs: number | null;
  docsUrl: string;
  message: string;
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

export type { RuleRow } from './conditions.js';
import type { RuleRow } from './conditions.js';

/** How one provider or layer is recognised in error text (registry/providers.ts `recognition`). */
export interface ProviderMarkers {
  provider: ProviderId;
  /** upstream: the provider answered; proxy: LiteLLM relayed or raised it; client: Kilo Code reported it. */
  layer: 'upstream' | 'proxy' | 'client';
  /** Matched lower-cased. */
  hosts: readonly string[];
  /** Matched as written. */
  wrappers: readonly string[];
  /** Matched lower-cased. */
  phrases: readonly string[];
  orgIdPattern: string | null;
}

export interface MatchTables {
  /** In precedence order: the first upstream provider whose markers appear is the one named. */
  recognition: readonly ProviderMarkers[];
  codes: readonly CodeInfo[];
  /** Sorted by score, highest first; ties keep registry order. */
  rules: readonly RuleRow[];
  aliases: Readonly<Record<string, string>>;
}
