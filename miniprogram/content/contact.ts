// Who to contact for which trouble, in the guide's own split (注意 2): a wrong field of the record
// goes to the school's contact; account, registration and recovery problems go to CHSI — its own
// recovery pages first, then its customer service — because the school has no admin rights there.
// The contact card and its ready-made messages are in contact-card.ts.
import { CHECK_FIELDS } from './summaries';
import { contactName, schoolConfig, type SchoolConfig } from './school-config';
import { citeLine, SOURCES } from './sources';

/** One line per kind of trouble, for the home page and every page's footer. */
export function contactLines(config: SchoolConfig = schoolConfig): readonly string[] {
  return [
    `学籍信息（${CHECK_FIELDS.join('、')}等）和实际不符：请联系${contactName(config)}。`,
    `注册、登录、找回账号的问题：学校没有管理权限，请先在学信网登录页自己找回（问题 4）；仍解决不了，发邮件给学信网客服 ${config.chsiServiceEmail}（客服邮箱${citeLine(SOURCES.haue2025)}）。`,
  ];
}
