// Render-ready views of the 填写前自查 fields: what each field shows under it after a check.
import {
  checkField,
  PRECHECK_FIELDS,
  type PrecheckField,
  type PrecheckFieldKey,
} from '../core/validators/index';
import type { Severity, Verdict } from '../core/validators/types';
import { citeLine, SOURCES } from '../../content/sources';

/** The source under a note that a name character is standard since 2013 (validators/name.ts). */
const TABLE_2013_CITE = `（${citeLine(SOURCES.hanzi2013)}）`;

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
  /** Shown before the suggestion: a name is changed only when the ID card reads that way. */
  readonly suggestionPrompt: string;
  readonly suggestionLabel: string;
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
      message:
        finding.code === 'standard-2013' ? `${finding.message}${TABLE_2013_CITE}` : finding.message,
    })),
    suggestion: checked.suggestion ?? '',
    ...(field.key === 'name'
      ? { suggestionPrompt: '身份证上写的是这样吗：', suggestionLabel: '和身份证一致，改成这样' }
      : { suggestionPrompt: '建议写作：', suggestionLabel: '改成这样' }),
  };
}

export function emptyPrecheckViews(today: Date): PrecheckFieldView[] {
  return PRECHECK_FIELDS.map((field) => precheckFieldView(field, '', today));
}

export function isPrecheckFieldKey(value: unknown): value is PrecheckFieldKey {
  return PRECHECK_FIELDS.some((field) => field.key === value);
}
