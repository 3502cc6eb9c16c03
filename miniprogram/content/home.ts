// What the home page says around its lists: how a guide section is numbered, and whom to contact.
import { contactName, schoolConfig } from './school-config';

/** "第 1 步：注册学信网账号": a guide section as a step on the home page. */
export function stepTitle(step: number, title: string): string {
  return `第 ${step} 步：${title}`;
}

export const HOME_CONTACT = `核对发现信息不符，或以上办法都解决不了，请联系${contactName(schoolConfig)}。`;
