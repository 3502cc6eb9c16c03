// Texts of the classmate-assist flow (problem 3, path (2) of the guide): what the requester does,
// what the classmate does, and the share card's picture. Facts are the guide's own.
import { ASSIST_CARD_TITLE, type CardQueryError } from '../../core/share-card';
import { DAILY_LIMIT } from '../../core/daily-limit';
import type { CardContent } from '../core/card-layout';
import type { AssistStatus } from '../core/assist-requests';
import { schoolConfig } from '../../content/school-config';
import { GUIDE_NAME, GUIDE_SHORT_NAME } from '../../content/sources';
import { staffConfig } from '../../content/staff-config';

/** The four taps the guide describes for the classmate who helps (the last one after a check). */
export const CLASSMATE_STEPS: readonly string[] = [
  `登录学信网（${schoolConfig.chsiDomain}）`,
  '点击右上角“账号”快捷方式',
  '点击右上角“邮箱”，打开同学协助申请',
  '核对申请人姓名，再点击“是”',
];

export const REQUESTER_TEXT = {
  whoCanHelp: ['大学里和你同一个班的同学。', '他/她的学信网账号已经审核通过。'],
  whatToEnter:
    '在学信网的验证页面选“使用大学同班同学协助”（或者登录后在左侧菜单点“证件重复-用户协助”→【发送协助请求】），填写这位同学的姓名和手机号，发出协助申请。',
  askPhone:
    '先问清同学：他/她的学信网账号用的是哪个手机号，在学信网上填这个号码（本页不用填手机号）。',
  limit: `学信网每天最多可申请 ${DAILY_LIMIT} 名同学协助（${GUIDE_NAME}）。本页只记下你自己登记的申请，按北京时间每天 0 点重新计数；学信网上实际还能申请几名，以学信网页面为准。`,
  nameHint: '可以只写“李同学”这样的称呼；只保留汉字和字母，不要填手机号。',
  requesterNameHint: '卡片上只显示第一个字加 *（如“张*”），不会发出全名。可以不填。',
} as const;

export const CLASSMATE_TEXT = {
  verifiedTitle: '“已审核通过”是什么意思',
  verified: '指你自己的学信网账号已经注册，并且已经审核通过。只有这样的同班同学才能协助。',
  notVerified:
    '你自己还没通过学信网审核的话，暂时不能协助。请告诉同学另找一位已通过审核的同班同学。',
  safetyTitle: '点“是”之前先看清',
  safety:
    '申请里写的姓名，确实是你的同班同学，而且是他/她本人请你帮忙的。不认识或拿不准，就不要点“是”：点“是”就是在替对方证明身份。',
  guideNote: `以上是${GUIDE_SHORT_NAME}里的步骤。学信网页面如有不同，以页面提示为准。`,
  replyHint: '点了“是”之后，点下面的按钮把回复卡片发回给同学，同学就知道你已完成。',
} as const;

export const CARD_CONTENT: CardContent = {
  title: ASSIST_CARD_TITLE,
  steps: CLASSMATE_STEPS,
  footer: `认准学信网 ${schoolConfig.chsiDomain} ｜ 来自“${staffConfig.appName}”`,
};

/** The reply card's picture: what the classmate did, ticked, and where to see the result. */
export const REPLY_CARD_CONTENT: CardContent = {
  title: '已帮你点了“是”',
  steps: [`登录了学信网（${schoolConfig.chsiDomain}）`, '打开了你的同学协助申请', '点了“是”'],
  footer: `请登录学信网查看验证结果 ｜ 来自“${staffConfig.appName}”`,
  badge: 'check',
  tone: 'success',
};

/** Why the classmate's page cannot say who is asking. */
export const QUERY_NOTICE: Record<CardQueryError, string> = {
  missing: '没有读到是哪位同学发来的申请（可能是直接打开了本页）。',
  oversized: '这张卡片的内容过长，可能被改动过，无法显示是谁发来的。',
  malformed: '这张卡片的内容无法识别，可能被改动过，无法显示是谁发来的。',
};

/** The classmate's page's heading (with or without the masked name), its day line and notice. */
export const ASKER_TEXT = {
  named: (mask: string): string => `同学 ${mask} 请你帮忙完成学信网“同学协助”`,
  anonymous: '你的同学请你帮忙完成学信网“同学协助”',
  day: (day: string): string => `申请日期：${day}`,
  stepsStillApply: '如果同学请你在学信网上协助，步骤仍然是下面这些；完成后请直接告诉同学。',
} as const;

/**
 * What the class helper says about today's count, the history rows and reply cards: the rules
 * (core/assist-requests.ts) give numbers and outcomes, the words are here.
 */
export const RECORD_TEXT = {
  counter: (sent: number): string => `今天已申请 ${sent}/${DAILY_LIMIT} 名同学`,
  /** A record refused because today's count is full: this page's own count, never CHSI's rule. */
  refused:
    `你今天在本页已记下 ${DAILY_LIMIT} 名。学信网每天最多可申请 ${DAILY_LIMIT} 名同学协助，` +
    '请明天再申请新的同学；今天可以先请已申请的同学完成协助。',
  /** `wait` reads like 14 小时. */
  nextRecord: (wait: string): string =>
    `今天已在本页记满 ${DAILY_LIMIT} 名 · 本页在北京时间 0 点重新计数（约 ${wait}后）；学信网上能否再申请，以学信网页面为准`,
  status: {
    sent: '已申请',
    'card-sent': '已发卡片',
    done: '同学已完成',
  } satisfies Readonly<Record<AssistStatus, string>>,
  /** A history row without a label. */
  unnamed: '一位同学',
  /** After the time of a row recorded on the day requests are counted on. */
  today: '（今天）',
  /** The record confirmation and the reply message without a label. */
  thisClassmate: '这位同学',
  classmate: '同学',
  recovered: '之前保存的申请记录无法读取，已另存一份备份，这里从头开始记录。',
  replyUnreadable: '这张回复卡片的内容无法识别，已忽略。你的申请记录没有变化。',
  replyUnknown:
    '这张回复卡片对应的申请不在这台手机的记录里（可能是在别的手机上记的）。请登录学信网查看验证是否已完成。',
  replyDone: (name: string): string =>
    `已收到回复：${name}已在学信网点了“是”，这次申请已标为“同学已完成”。请登录学信网查看验证结果。`,
  replyAgain: '这次申请之前已标为“同学已完成”。',
} as const;

/** The hour (Beijing time) of the "明天提醒我" calendar reminder, the morning after a full day. */
export const REMINDER_HOUR = 8;

/** What the class-helper page says around recording, saving, deleting and the reminder. */
export const HELPER_TEXT = {
  intro: '先在学信网发出协助申请，再回到这里记一笔，然后把卡片发给这位同学。',
  recordTitle: '在学信网发出申请后，回到这里记一笔',
  labelPlaceholder: '同学的称呼（可不填），如 李同学',
  fullButton: `今天已记满 ${DAILY_LIMIT} 名 · 明天再来`,
  recorded: (name: string): string =>
    `已记下：今天向${name}发出了申请。下一步：点下面的“发卡片给同学”，告诉${name}在学信网上点什么。`,
  unsavedTitle: '未保存',
  unsaved:
    '这条记录没能保存到手机上（手机存储空间可能已满）。记录会一直显示在这里，下次操作时会再试着保存；清理手机空间后可点“再试一次保存”。',
  savedAgain: '已保存。',
  deleteTitle: '删除这条记录？',
  deleteContent: '删除后不再显示。本页今天的计数不变（你已在学信网发出过这次申请）。',
  deleted: '已删除这条记录。本页今天的计数不变。',
  reminderTitle: '同学协助：可以再去学信网申请了（能申请几名以学信网为准）',
  reminderDescription: `打开“${staffConfig.appName}” → 同学协助。在学信网发出新的协助申请后，回到小程序记一笔。本页的计数按北京时间每天 0 点重新开始；学信网上还能申请几名，以学信网页面为准。`,
  // Android reports success even when the sheet was cancelled: say only what is known.
  reminderOpened: (time: string): string =>
    `已打开手机日历。如果点了保存，明天 ${time}（北京时间）会提醒你。`,
  reminderCancelled: '没有添加提醒：日历已取消。需要时再点“明天提醒我”，或自己记下明天再来。',
  reminderUnavailable:
    '本小程序暂不能添加日历提醒。请自己记下：明天再回到本页申请（学信网上能否申请，以学信网页面为准）。',
  reminderDenied:
    '没有添加提醒：微信没有得到添加日历的允许。可以点下面的按钮，在设置里打开“添加到日历”，再点“明天提醒我”。',
  reminderNoConsent: '没有添加提醒：需要先同意隐私保护指引。也可以自己记下，明天再回到本页申请。',
  reminderUnsupported:
    '这个版本的微信不能添加日历提醒。请自己记下：明天再回到本页申请（学信网上能否申请，以学信网页面为准）。',
  reminderFailed:
    '没有添加成功。请自己记下：明天再回到本页申请（学信网上能否申请，以学信网页面为准）。',
  copyHint: '还没在学信网发出申请？',
  elsewhere: '今天在学信网发出、没在本页记的：',
} as const;
