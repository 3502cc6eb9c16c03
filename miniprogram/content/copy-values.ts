// The values a student types on CHSI exactly, each with what a copy chip shows and how to paste
// it afterwards. The values themselves come from school-config, the one source.
import { schoolConfig } from './school-config';
import type { CopyValueId } from './types';

export interface CopyValue {
  readonly id: CopyValueId;
  /** What the value is, e.g. 学校全称. */
  readonly label: string;
  /** Exactly what goes on the clipboard. */
  readonly value: string;
  /** The paste sheet: its title and the steps to paste, in order. */
  readonly pasteTitle: string;
  readonly pasteSteps: readonly string[];
  /** A line under the steps, or ''. */
  readonly pasteNote: string;
}

function fieldPaste(label: string): readonly string[] {
  return ['回到学信网的页面', `长按“${label}”输入框`, '点“粘贴”'];
}

export const COPY_VALUES: Readonly<Record<CopyValueId, CopyValue>> = {
  'chsi-url': {
    id: 'chsi-url',
    label: '学信网网址',
    value: schoolConfig.chsiUrl,
    pasteTitle: '网址已复制，接下来：',
    pasteSteps: ['打开手机上的浏览器（如 Safari、夸克、UC）', '长按顶部的地址栏', '点“粘贴并访问”'],
    pasteNote: `认准网址里的 ${schoolConfig.chsiDomain}`,
  },
  'school-name': {
    id: 'school-name',
    label: '学校全称',
    value: schoolConfig.fullName,
    pasteTitle: '学校全称已复制，接下来：',
    pasteSteps: fieldPaste('学校全称'),
    pasteNote: '',
  },
  'enrollment-year': {
    id: 'enrollment-year',
    label: '入学年份',
    value: String(schoolConfig.enrollmentYear),
    pasteTitle: '入学年份已复制，接下来：',
    pasteSteps: fieldPaste('入学年份'),
    pasteNote: '',
  },
};

export const COPY_VALUE_IDS = Object.keys(COPY_VALUES) as readonly CopyValueId[];

export function isCopyValueId(value: unknown): value is CopyValueId {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(COPY_VALUES, value);
}
