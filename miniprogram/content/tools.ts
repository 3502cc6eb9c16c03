// The home page's tool entries: 填写前自查, 问题诊断 and 搜索 (issue 5).
import { PAGES } from './links';

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
      label: '注册前先在这里输入一遍：证件号、姓名、手机号、邮箱、密码。只在手机上检查，不保存。',
      url: PAGES.precheck,
    },
    {
      key: 'finder',
      title: '问题诊断',
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
