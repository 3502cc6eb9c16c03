// Render-ready views of the 填写前自查 fields: what each field shows under it after a check.
import {
  checkField,
  PRECHECK_FIELDS,
  type PrecheckField,
  type PrecheckFieldKey,
} from '../core/validators/index';
import type { Severity, Verdict } from '../core/validators/types';

export interface FindingView {
  readonly key: string;
  readonly severity: Severity;
  readonly message: string;
}

export interface PrecheckFieldView extends PrecheckField {
  readonly value: string;
  readonly verdict: Verdict;
  /** One line: 可以填写 / 需要修改 / 请留意; empty before anything is typed. */
  readonly verdictText: string;
  readonly findings: readonly FindingView[];
  readonly suggestion: string;
}

const VERDICT_TEXT: Readonly<Record<Verdict, string>> = {
  empty: '',
  ok: '没有发现问题',
  warning: '可以填写，但请留意下面的提醒',
  error: '需要修改',
};

export function precheckFieldView(
  field: PrecheckField,
  value: string,
  today: Date,
): PrecheckFieldView {
  const checked = checkField(field.key, value, today);
  return {
    ...field,
    value,
    verdict: checked.verdict,
    verdictText: VERDICT_TEXT[checked.verdict],
    findings: checked.findings.map((finding, index) => ({
      key: `${field.key}-${index}`,
      severity: finding.severity,
      message: finding.message,
    })),
    suggestion: checked.suggestion ?? '',
  };
}

export function emptyPrecheckViews(today: Date): PrecheckFieldView[] {
  return PRECHECK_FIELDS.map((field) => precheckFieldView(field, '', today));
}

export function isPrecheckFieldKey(value: unknown): value is PrecheckFieldKey {
  return PRECHECK_FIELDS.some((field) => field.key === value);
}
