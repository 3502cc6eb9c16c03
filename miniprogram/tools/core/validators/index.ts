// The 填写前自查 fields in CHSI's order and one entry point that checks any of them. There is no
// password field: the password rules are a checklist to read (password.ts), never an input.
import { checkEmail } from './email';
import { checkIdNumber } from './id-number';
import { checkName } from './name';
import { checkPhone } from './phone';
import type { CheckResult } from './types';

export type PrecheckFieldKey = 'phone' | 'name' | 'idNumber' | 'email';

export interface PrecheckField {
  readonly key: PrecheckFieldKey;
  /** The label CHSI's registration form uses. */
  readonly label: string;
  readonly placeholder: string;
  /** Input type for van-field: 'idcard' and 'number' bring up the matching keyboard. */
  readonly inputType: 'text' | 'idcard' | 'number';
}

export const PRECHECK_FIELDS: readonly PrecheckField[] = [
  { key: 'phone', label: '手机号', placeholder: '11 位手机号', inputType: 'number' },
  { key: 'name', label: '姓名', placeholder: '与高考信息一致', inputType: 'text' },
  {
    key: 'idNumber',
    label: '证件号码',
    placeholder: '18 位身份证号',
    inputType: 'idcard',
  },
  {
    key: 'email',
    label: '安全邮箱',
    placeholder: '例如 12345678@qq.com',
    inputType: 'text',
  },
];

export function checkField(key: PrecheckFieldKey, value: string, today: Date): CheckResult {
  switch (key) {
    case 'idNumber':
      return checkIdNumber(value, { today });
    case 'name':
      return checkName(value);
    case 'phone':
      return checkPhone(value);
    case 'email':
      return checkEmail(value);
  }
}

export type { CheckResult, Finding, Severity, Verdict } from './types';
