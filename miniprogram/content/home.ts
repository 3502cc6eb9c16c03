// What the home page says around its lists: how a guide section is numbered, and whom to contact.
import { DAILY_LIMIT } from '../core/daily-limit';
import { contactName, schoolConfig } from './school-config';

/** "第 1 步：注册学信网账号": a guide section as a step on the home page. */
export function stepTitle(step: number, title: string): string {
  return `第 ${step} 步：${title}`;
}

export const HOME_CONTACT = `核对发现信息不符，或以上办法都解决不了，请联系${contactName(schoolConfig)}。`;

/** The class-helper entry's line on the home page. */
export const CLASS_HELPER_LABEL = `记下每天向谁发了申请（每天最多 ${DAILY_LIMIT} 名），发卡片告诉同学怎么点“是”`;
