// The 填写前自查 fields in CHSI's order and one entry point that checks any of them.
import { checkEmail } from './email';
import { checkIdNumber } from './id-number';
import { checkName } from './name';
import { checkPassword } from './password';
import { checkPhone } from './phone';
import type { CheckResult } from './types';

export type PrecheckFieldKey = 'phone' | 'password' | 'name' | 'idNumber' | 'email';

export interface PrecheckField {
  readonly key: PrecheckFieldKey;
  /** The label CHSI's registration form uses. */
  readonly label: string;
  readonly placeholder: string;
  /** Input type for van-field: 'idcard' and 'number' bring up the matching keyboard. */
  readonly inputType: 'text' | 'idcard' | 'number';
  readonly secret: boolean;
}

export const PRECHECK_FIELDS: readonly PrecheckField[] = [
  { key: 'phone', label: '手机号', placeholder: '11 位手机号', inputType: 'number', secret: false },
  {
    key: 'password',
    label: '密码',
    placeholder: '打算设置的密码',
    inputType: 'text',
    secret: true,
  },
  { key: 'name', label: '姓名', placeholder: '与高考信息一致', inputType: 'text', secret: false },
  {
    key: 'idNumber',
    label: '证件号码',
    placeholder: '18 位身份证号',
    inputType: 'idcard',
    secret: false,
  },
  {
    key: 'email',
    label: '安全邮箱',
    placeholder: '例如 12345678@qq.com',
    inputType: 'text',
    secret: false,
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
    case 'password':
      return checkPassword(value);
  }
}

export type { CheckResult, Finding, Severity, Verdict } from './types';
