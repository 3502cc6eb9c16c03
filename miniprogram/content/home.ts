// What the home page says around its lists: how a guide section is numbered, and whom to contact
// for which trouble (content/contact.ts: the school for the record, CHSI for the account).
import { contactLines } from './contact';

/** "第 1 步：注册学信网账号": a guide section as a step on the home page. */
export function stepTitle(step: number, title: string): string {
  return `第 ${step} 步：${title}`;
}

export const HOME_CONTACT = contactLines().join('\n');
