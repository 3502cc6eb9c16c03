// The home page's tool entries: 填写前自查, the finder and 搜索.
import { PAGES } from '../core/page-paths';

/** The finder's one name, on home, in search's empty state, on its own page and in menus. */
export const FINDER_NAME = '一步步诊断';

export interface ToolEntry {
  readonly key: string;
  readonly title: string;
  readonly label: string;
  readonly url: string;
}

export function toolEntries(): readonly ToolEntry[] {
  return [
    {
      key: 'precheck',
      title: '填写前自查',
      label:
        '注册前先在这里输入一遍手机号、姓名、证件号码和邮箱，看看有没有常见错误。只在手机上检查，不保存；密码不用输入。',
      url: PAGES.precheck,
    },
    {
      key: 'finder',
      title: FINDER_NAME,
      label: '回答几个问题，找到你遇到的情况和解决办法。',
      url: PAGES.finder,
    },
    {
      key: 'search',
      title: '搜索',
      label: '输入关键词，或粘贴屏幕上的提示，例如“手机号已存在”。',
      url: PAGES.search,
    },
  ];
}
