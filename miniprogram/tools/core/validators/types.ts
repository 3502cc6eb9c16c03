// What every validator returns: typed findings with specific messages, and a normalised
// suggestion when the input can be fixed mechanically (spaces removed, x made X …).

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  readonly severity: Severity;
  /** Stable machine-readable kind, e.g. 'check-digit'; tests and the UI switch on it. */
  readonly code: string;
  /** What the student reads: specific, in Simplified Chinese. */
  readonly message: string;
}

export type Verdict = 'empty' | 'ok' | 'warning' | 'error';

export interface CheckResult {
  /** The input as typed. */
  readonly input: string;
  readonly findings: readonly Finding[];
  /** The fixed value to type instead, when it differs from the input and can be computed. */
  readonly suggestion?: string;
  readonly verdict: Verdict;
}

export function verdictOf(input: string, findings: readonly Finding[]): Verdict {
  if (input.length === 0) return 'empty';
  if (findings.some((finding) => finding.severity === 'error')) return 'error';
  if (findings.some((finding) => finding.severity === 'warning')) return 'warning';
  return 'ok';
}

export function result(input: string, findings: readonly Finding[], fixed?: string): CheckResult {
  const verdict = verdictOf(input, findings);
  return fixed !== undefined && fixed !== input && fixed.length > 0
    ? { input, findings, suggestion: fixed, verdict }
    : { input, findings, verdict };
}
