// The contact card (guide/components/contact-card): who to contact for one kind of trouble, with the
// ready-made message — for the school's contact, the wrong field and what CHSI shows; for CHSI's
// service, the exact on-screen message and what was already tried.
import { checkWindowView } from '../../core/check-window';
import {
  contactName,
  contactOf,
  schoolConfig,
  type SchoolConfig,
  type SchoolContact,
  type SchoolTrouble,
} from '../../content/school-config';
import { citeLine, SOURCES } from '../../content/sources';
import { staffConfig } from '../../content/staff-config';
import type { Problem, TroubleKind } from '../../content/types';

export interface ContactCardView {
  readonly trouble: TroubleKind;
  readonly title: string;
  /** Who, and the optional office and hours, one line each. */
  readonly lines: readonly string[];
  /** The phone number to call on a tap, or '' when the college set none. */
  readonly phone: string;
  readonly phoneLabel: string;
  /** What to copy, e.g. the service e-mail address or the help-centre URL; may be empty. */
  readonly copies: readonly {
    readonly key: string;
    readonly label: string;
    readonly text: string;
  }[];
  /** The message to paste into WeChat or an e-mail, with blanks in （） to fill in. */
  readonly message: string;
  readonly messageTitle: string;
  readonly copyMessageLabel: string;
  /** "据…" for the outside facts on the card; '' when the card cites only the guide. */
  readonly sourceNote: string;
}

/** The proof a correction needs, as the schools' notices ask for it. */
export const PROOF_LINE = '准备好身份证、户口簿等证明材料。';

/** The contact's channels, one line each, in the order a student would try them. */
function channelLines(contact: SchoolContact): string[] {
  return [
    ...(contact.wechat ? [`微信：${contact.wechat}`] : []),
    ...(contact.qq ? [`QQ：${contact.qq}`] : []),
    ...(contact.email ? [`邮箱：${contact.email}`] : []),
    ...(contact.room ? [`办公室：${contact.room}`] : []),
    ...(contact.hours ? [`时间：${contact.hours}`] : []),
  ];
}

/** Where the copied message goes: the channel the college set, never one it did not. */
function pasteWhere(contact: SchoolContact): string {
  if (contact.wechat) return '粘贴到微信';
  if (contact.qq) return '粘贴到 QQ';
  if (contact.email) return '用邮件发';
  return '按学校通知的方式发给老师';
}

/** What the student has already seen on CHSI for this problem, quoted exactly when the guide does. */
function seenOnScreen(problem: Problem | undefined): string {
  const message = problem?.messages.find((candidate) => candidate.verbatim) ?? problem?.messages[0];
  return message ? `“${message.text}”` : '（照抄屏幕上提示的原话）';
}

function triedLine(problem: Problem | undefined): string {
  return problem
    ? `我已经按“${staffConfig.appName}”里问题 ${String(problem.id)} 的办法试过：（写下你试过哪几步）`
    : '我已经试过：（写下你试过的办法）';
}

/**
 * The message for the school's contact: the fields marked 不对 (when the student marked some), what
 * CHSI shows, what is right, the proof she can bring.
 */
export function teacherMessage(
  problem?: Problem,
  config: SchoolConfig = schoolConfig,
  wrongFields: readonly string[] = [],
  trouble: SchoolTrouble = 'record',
): string {
  const greeting = `${contactOf(trouble, config).person}好！我是（专业、班级）的（姓名），学号（学号）。`;
  if (problem) {
    return [
      greeting,
      `我遇到的情况：${problem.symptom}。`,
      `学信网上的提示（或学校的通知）是：${seenOnScreen(problem)}`,
      triedLine(problem),
      '还是没有解决，麻烦老师帮我看看，谢谢！',
    ].join('\n');
  }
  return [
    greeting,
    wrongFields.length > 0
      ? `我在学信网“学信档案”里核对学籍时，发现这几项和实际不符：${wrongFields.join('、')}。`
      : '我在学信网“学信档案”里核对学籍时，发现（哪一项，例如：民族）和实际不符。',
    '学信网上显示：（照抄学信网上的写法）',
    '实际应该是：（正确的写法，和身份证或录取通知书一致）',
    '我可以提供身份证、户口簿等证明材料。麻烦老师帮我更正，谢谢！',
  ].join('\n');
}

/** The e-mail for CHSI's customer service: the exact message on screen and what was tried. */
export function chsiServiceMessage(problem?: Problem): string {
  return [
    '学信网客服好！',
    '我是（学校全称）的新生（姓名），在学信网注册或找回账号时遇到问题。',
    `屏幕上的提示是：${seenOnScreen(problem)}`,
    triedLine(problem),
    '请问接下来该怎么办？谢谢！',
  ].join('\n');
}

const SCHOOL_CASE: Readonly<Record<SchoolTrouble, string>> = {
  record: '学籍信息不对',
  'no-record': '一直看不到学籍',
  unchecked: '仍在未查名单上',
};

export function contactCardView(
  trouble: TroubleKind,
  problem?: Problem,
  config: SchoolConfig = schoolConfig,
  wrongFields: readonly string[] = [],
  now: number = Date.now(),
): ContactCardView {
  if (trouble !== 'account') {
    const contact = contactOf(trouble, config);
    const window = checkWindowView(config.checkWindow, now);
    const record = trouble === 'record';
    return {
      trouble,
      title: `联系${contactName(config, trouble)}`,
      lines: [
        `${SCHOOL_CASE[trouble]}，找${contactName(config, trouble)}。`,
        ...channelLines(contact),
        ...(record ? [PROOF_LINE] : []),
        `${window.text}${window.daysLeft ? `（${window.daysLeft}）` : ''}。`,
      ],
      phone: contact.phone ?? '',
      phoneLabel: contact.phone ? `打电话：${contact.phone}` : '',
      copies: [
        ...(contact.wechat ? [{ key: 'wechat', label: '复制微信号', text: contact.wechat }] : []),
        ...(contact.qq ? [{ key: 'qq', label: '复制 QQ 号', text: contact.qq }] : []),
        ...(contact.email ? [{ key: 'email', label: '复制邮箱', text: contact.email }] : []),
      ],
      message: teacherMessage(problem, config, wrongFields, trouble),
      messageTitle: `发给老师的消息（复制后${pasteWhere(contact)}，括号里换成你的）`,
      copyMessageLabel: '复制这段消息',
      sourceNote: record ? `证明材料${citeLine(SOURCES.nnudy2025)}` : '',
    };
  }
  return {
    trouble,
    title: '账号的问题找学信网',
    lines: [
      '学校没有管理学信网账号的权限（指南注意第 2 条）。',
      '1. 先在学信网登录页点“找回用户名”“找回密码”，自己找回（问题 4）。',
      `2. 看学信网帮助中心：${config.chsiHelpUrl}`,
      `3. 仍解决不了：发邮件给学信网客服 ${config.chsiServiceEmail}，写清屏幕上提示的原话。`,
    ],
    phone: '',
    phoneLabel: '',
    copies: [
      { key: 'help', label: '复制帮助中心网址', text: config.chsiHelpUrl },
      { key: 'email', label: '复制客服邮箱', text: config.chsiServiceEmail },
    ],
    message: chsiServiceMessage(problem),
    messageTitle: '发给学信网客服的邮件（括号里换成你的；证件号只写在邮件里，别发群里）',
    copyMessageLabel: '复制邮件内容',
    sourceNote: `帮助中心和客服邮箱${citeLine(SOURCES.haue2025)}`,
  };
}
