// What the privacy page says: what the app keeps on the phone (one entry per storage key), what it
// never keeps, what the self-check asks for, how the clipboard is used, and where the content comes
// from; views/privacy.ts lays it out. Tests check that every storage key is described here and that
// no promise on any page ("不要求你输入…") contradicts a form that asks for it.
import { DAILY_LIMIT } from '../core/daily-limit';
import { ALL_PUBLIC_SOURCES, CHECKED_ON_NOTE, SEED_SOURCE, referenceLine } from './sources';

export interface StoredData {
  /** The wx storage key. */
  readonly key: string;
  /** What it holds, in the student's words. */
  readonly holds: string;
  /** Why the app keeps it. */
  readonly why: string;
}

/** Every key the app writes to wx storage. Add an entry with every new key. */
export const STORED_DATA: readonly StoredData[] = [
  {
    key: 'progress',
    holds: '核对进度（哪些步骤你已勾选完成）',
    why: '下次打开时接着做，不用从头再来',
  },
  {
    key: 'assist-requests',
    holds:
      '你记下的同学协助申请：每次申请的日期、你给同学起的称呼（最多 8 个字，可不填）、是否已完成，以及卡片上显示的你的姓氏（如“张*”）',
    why: `学信网每天最多可申请 ${DAILY_LIMIT} 名同学协助，用来统计今天还能申请几名，并在同学回复后标记完成`,
  },
];

/** Corrupt data is set aside under `<key>.backup` (services/storage.ts); described once here. */
export const BACKUP_NOTE =
  '如果某项保存的内容损坏、读不出来，会原样另存一份备份（名称后加“.backup”），方便排查，不会发送出去。';

/**
 * What 填写前自查 asks for, in its field labels (tools/core/validators PRECHECK_FIELDS; a test keeps
 * the two equal). It never asks for a password.
 */
export const SELF_CHECK_ASKS: readonly string[] = ['手机号', '姓名', '证件号码', '安全邮箱'];

export const NEVER_LINES: readonly string[] = [
  '从不保存、从不上传你输入的身份证号、手机号、姓名、邮箱；从不要求你输入密码。',
  '本小程序不要求你输入学信网密码：密码只在学信网上设置和填写，不要在本小程序里输入。',
];

/** What 填写前自查 asks for and what happens to it: its own section, apart from "never kept". */
export const SELF_CHECK_LINES: readonly string[] = [
  `“填写前自查”会请你输入${SELF_CHECK_ASKS.join('、')}（都可以不填）：只在这台手机上当场检查格式，不保存、不上传，离开页面就清空。`,
];

/**
 * Everything a copy button can put on the clipboard (copy chips, the class helper, the contact
 * cards). The privacy page, the consent dialog and the admin console's text all name this list.
 */
export const COPIED_TEXTS: readonly string[] = [
  '学信网网址',
  '学校全称',
  '入学年份',
  '发给老师或学信网客服的求助消息',
  '学信网客服邮箱',
];

export const CLIPBOARD_LINES: readonly string[] = [
  `只有在你点“复制”按钮时（${COPIED_TEXTS.join('、')}），才把这段文字写入剪切板，方便你粘贴。`,
  '本小程序从不读取剪切板。第一次复制前，微信会请你同意本小程序的隐私保护指引；不同意也可以手动复制。',
];

/** The 资料来源 list: the guide, then every outside source in full, then what the date means. */
export function sourcesSectionLines(): readonly string[] {
  return [
    `原始指南：${SEED_SOURCE.ref}。本小程序的步骤和提示都来自这份指南，除非注明“据…”。`,
    ...ALL_PUBLIC_SOURCES.map(referenceLine),
    '以上资料都不是学信网自己的页面；学信网页面如有不同，以学信网为准。',
    CHECKED_ON_NOTE,
  ];
}

export interface PrivacySection {
  readonly key: string;
  readonly title: string;
  readonly lines: readonly string[];
}

/** One line per stored key on the privacy page. */
export function storedLine(entry: StoredData): string {
  return `${entry.holds}：${entry.why}（保存名称：${entry.key}）`;
}

export const PRIVACY_TEXT = {
  summary: '本小程序没有服务器，不会把你的任何信息发送到任何地方。',
  storedTitle: '手机上保存了什么',
  nothingStored: '目前不在你的手机上保存任何内容。',
  /** The sections after "what is stored", in order. */
  sections: [
    { key: 'never', title: '从不保存、从不上传的内容', lines: NEVER_LINES },
    { key: 'self-check', title: '填写前自查：当场检查，不保存', lines: SELF_CHECK_LINES },
    { key: 'clipboard', title: '剪切板', lines: CLIPBOARD_LINES },
    {
      key: 'calendar',
      title: '手机日历（仅写入）',
      lines: [
        '只有在你点“明天提醒我”或首页的“截止前一天提醒我”时，才在手机日历里添加一条提醒（再申请同学协助，或学校的核对截止），里面没有你的姓名或其他个人信息。',
        '本小程序从不读取你的日历。第一次添加时，微信会问你是否允许；不允许也可以自己记下时间。',
      ],
    },
    {
      key: 'delete',
      title: '怎样清除',
      lines: [
        '保存的内容只在你这台手机的微信里，别人看不到。',
        '在微信里删除本小程序（下拉微信首页，在“最近使用”里长按本小程序，选择删除），保存的内容会一起清除。',
      ],
    },
    { key: 'sources', title: '资料来源', lines: sourcesSectionLines() },
  ] satisfies readonly PrivacySection[],
} as const;
