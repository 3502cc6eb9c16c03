// What the privacy page says: what the app keeps on the phone (one entry per storage key), what it
// never keeps, and how the clipboard is used; views/privacy.ts lays it out. A test checks that
// every storage key the app uses is described here, so the page stays true as features are added.
import { DAILY_LIMIT } from '../core/daily-limit';

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
    {
      key: 'never',
      title: '从不保存的内容',
      lines: [
        '不保存、不要求你输入身份证号、手机号、密码和学信网账号。',
        '学信网的账号和密码只在学信网上填写，不要在本小程序里输入。',
      ],
    },
    {
      key: 'clipboard',
      title: '剪切板',
      lines: [
        '只有在你点“复制学信网网址”时，才把学信网网址写入剪切板，方便你粘贴到浏览器打开。',
        '本小程序从不读取剪切板。第一次复制前，微信会请你同意本小程序的隐私保护指引；不同意也可以手动复制网址。',
      ],
    },
    {
      key: 'calendar',
      title: '手机日历（仅写入）',
      lines: [
        '只有在你点“明天提醒我”时，才在手机日历里添加一条“可以再申请同学协助”的提醒，里面没有你的姓名或其他个人信息。',
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
  ] satisfies readonly PrivacySection[],
} as const;
