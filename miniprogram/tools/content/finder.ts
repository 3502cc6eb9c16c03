// 一步步诊断: a short decision tree of questions that ends at the right problem page (or the right
// path of problem 3). Every question has a "都不是" way out to the contact. It asks whether the old
// account still works before any answer that leads to re-registering (which cancels it). Data
// only; the finder page walks it and test/content/finder.test.ts checks it is complete and acyclic.
import { MSG_REQUEST_CANCELLED } from '../../content/problems';
import { contactLines } from '../../content/contact';
import { problemSummary } from '../../content/summaries';
import { contactName, enrollmentYearText, schoolConfig } from '../../content/school-config';
import type { LinkTarget } from '../../content/types';
import { DAILY_LIMIT } from '../../core/daily-limit';

export type FinderNodeId = string;

export interface FinderOption {
  readonly label: string;
  readonly next: FinderNodeId;
}

export interface FinderQuestion {
  readonly kind: 'question';
  readonly id: FinderNodeId;
  readonly text: string;
  readonly options: readonly FinderOption[];
}

export interface FinderAnswer {
  readonly kind: 'answer';
  readonly id: FinderNodeId;
  readonly title: string;
  readonly text: string;
  /** The guide page that answers it. */
  readonly to?: LinkTarget;
}

export type FinderNode = FinderQuestion | FinderAnswer;

export const FINDER_START: FinderNodeId = 'start';
export const FINDER_CONTACT: FinderNodeId = 'contact';
export const NONE_OF_THESE = '都不是 / 我遇到的是别的情况';

const none: FinderOption = { label: NONE_OF_THESE, next: FINDER_CONTACT };

/** Re-registering cancels the old account: said before any answer that leads there. */
const CANCELS_OLD = '重新注册会注销旧账号（征兵、研招报名也不能再用它）';

export const finderNodes: readonly FinderNode[] = [
  {
    kind: 'question',
    id: FINDER_START,
    text: '以前注册过学信网吗？',
    options: [
      { label: '没注册过，正在注册', next: 'register-message' },
      { label: '注册过（或者不确定）', next: 'account-state' },
      none,
    ],
  },
  {
    kind: 'question',
    id: 'register-message',
    text: '注册时，屏幕上提示的是哪一句？',
    options: [
      { label: '证件号码已被注册，查看【解决方法】', next: 'old-account-id' },
      { label: '证件号码已注册（下面有“我要重新注册”）', next: 'old-account-military' },
      { label: '手机号已存在', next: 'phone-own' },
      { label: '注册完成后，要求验证“证件号码重复”', next: 'duplicate-path' },
      { label: '没有提示，只是收不到短信验证码', next: 'sms' },
      none,
    ],
  },
  {
    kind: 'question',
    id: 'old-account-id',
    text: '高中时办过兵役登记，或者以前用这个身份证号注册过学信网吗？',
    options: [
      { label: '办过或注册过，还能登录那个账号', next: 'use-old' },
      { label: '办过或注册过，但登录不了', next: 'recover-first' },
      { label: '不记得', next: 'recover-unsure' },
      { label: '确实没有', next: 'p2' },
      none,
    ],
  },
  {
    kind: 'question',
    id: 'old-account-military',
    text: '那个旧账号（例如高中兵役登记时注册的）你还能登录吗？',
    options: [
      { label: '能登录', next: 'use-old' },
      { label: '登录不了，还没试过找回', next: 'recover-first' },
      { label: '按问题 4 找回过，找不回', next: 'p8' },
      none,
    ],
  },
  {
    kind: 'question',
    id: 'phone-own',
    text: '这个手机号以前注册过你自己的学信网账号吗？',
    options: [
      { label: '是，或者可能是', next: 'p9-own' },
      { label: '不是我的账号', next: 'p9' },
      none,
    ],
  },
  {
    kind: 'question',
    id: 'duplicate-path',
    text: '你打算用哪种办法验证？',
    options: [
      { label: '提供学籍学历信息（学校全称、入学年份、学号）', next: 'p3-record' },
      { label: '请已经审核通过的同班同学协助', next: 'p3-classmate' },
      { label: '用学信网 App 上传本人手持身份证照片', next: 'p3-app' },
      { label: '还不知道选哪种', next: 'p3' },
      none,
    ],
  },
  {
    kind: 'question',
    id: 'account-state',
    text: '现在是什么情况？',
    options: [
      { label: '忘了用户名或密码', next: 'recover-message' },
      { label: '注册时的邮箱用不了，或者填错了', next: 'p7' },
      { label: '登录了，学信档案里没有学籍', next: 'p10' },
      { label: '已经看过学籍，却还在未查名单上', next: 'p5' },
      { label: '登录后发现信息和实际不符', next: 'mismatch' },
      { label: '入学后改了名字', next: 'renamed' },
      none,
    ],
  },
  {
    kind: 'question',
    id: 'recover-message',
    text: '找回用户名或密码时遇到了什么？',
    options: [
      { label: '还没试过找回', next: 'p4' },
      { label: '找回用户名时显示被注册过', next: 'p1' },
      { label: `证件和姓名不符合，或者“${MSG_REQUEST_CANCELLED}”`, next: 'p6' },
      { label: '找回密码要用的邮箱用不了', next: 'p7' },
      none,
    ],
  },
  {
    kind: 'answer',
    id: 'use-old',
    title: '用原来的账号登录',
    text: `直接用原账号登录，不要重新注册：${CANCELS_OLD}。`,
    to: { kind: 'problem', id: 2, part: 'registered-before' },
  },
  {
    kind: 'answer',
    id: 'recover-first',
    title: '先找回旧账号',
    text: `${CANCELS_OLD}，所以先按问题 4 找回用户名和密码；确实找不回，再看问题 2 或问题 8。`,
    to: { kind: 'problem', id: 4 },
  },
  {
    kind: 'answer',
    id: 'recover-unsure',
    title: '不记得注册过没有：先试着找回',
    text: `${CANCELS_OLD}。先按问题 4 找回用户名：找回了就是注册过，用它登录。`,
    to: { kind: 'problem', id: 4 },
  },
  {
    kind: 'answer',
    id: 'sms',
    title: '收不到短信验证码',
    text: '其他都填完，最后再点“免费获取”，不要反复点。',
    to: { kind: 'section', id: 'register', part: 'sms' },
  },
  {
    kind: 'answer',
    id: 'renamed',
    title: '入学后改了名字',
    text: `注册、查询先用录取时的名字；要改学籍上的姓名，联系${contactName(schoolConfig)}。`,
    to: { kind: 'section', id: 'login', part: 'renamed' },
  },
  {
    kind: 'answer',
    id: 'p1',
    title: '问题 1：找回用户名时显示被注册过',
    text: `${CANCELS_OLD}。先确认按问题 4 找不回，再重新注册。`,
    to: { kind: 'problem', id: 1 },
  },
  {
    kind: 'answer',
    id: 'p2',
    title: '问题 2：没注册过，或旧账号确实找不回',
    text: '继续注册前要知道：审核通过后，这个身份证号关联的旧账号会被注销。确实没注册过的，再继续填写并完成验证。',
    to: { kind: 'problem', id: 2, part: 'never-registered' },
  },
  {
    kind: 'answer',
    id: 'p3',
    title: '问题 3：如何处理证件重号',
    text: '有四种验证途径，首选“提供学籍学历信息”，其次请同班同学协助。',
    to: { kind: 'problem', id: 3, part: 'overview' },
  },
  {
    kind: 'answer',
    id: 'p3-record',
    title: '问题 3（1）：提供学籍学历信息',
    text: `最快捷：输入学校全称 ${schoolConfig.fullName}、${enrollmentYearText(schoolConfig)}和你的学号。`,
    to: { kind: 'problem', id: 3, part: 'record' },
  },
  {
    kind: 'answer',
    id: 'p3-classmate',
    title: '问题 3（2）：使用大学同班同学协助',
    text: `填写已审核通过的同班同学的姓名和手机号，每天最多可申请 ${DAILY_LIMIT} 名同学协助。`,
    to: { kind: 'problem', id: 3, part: 'classmate' },
  },
  {
    kind: 'answer',
    id: 'p3-app',
    title: '问题 3（3）：学信网 App 自助验证',
    text: '上传本人手持身份证照片，提交后按页面提示完成；App 要你做身份核验的，按提示做。',
    to: { kind: 'problem', id: 3, part: 'app' },
  },
  {
    kind: 'answer',
    id: 'p4',
    title: '问题 4：找回用户名和密码',
    text: '在学信网登录页自己找回：先找回用户名，再找回密码。',
    to: { kind: 'problem', id: 4 },
  },
  {
    kind: 'answer',
    id: 'p5',
    title: '问题 5：看过学籍却还在未查名单上',
    text: '重新登录再查询一次，随意浏览别的模块，再点“退出”正常退出。',
    to: { kind: 'problem', id: 5 },
  },
  {
    kind: 'answer',
    id: 'p10',
    title: '问题 10：登录了，学信档案里没有学籍',
    text: problemSummary(10).answer,
    to: { kind: 'problem', id: 10 },
  },
  {
    kind: 'answer',
    id: 'p6',
    title: '问题 6：找回用户名提示请求被取消',
    text: `${CANCELS_OLD}。先检查姓名和证件号的写法；几次都不能找回用户名，可以重新注册。`,
    to: { kind: 'problem', id: 6 },
  },
  {
    kind: 'answer',
    id: 'p7',
    title: '问题 7：注册时的邮箱用不了或填错了',
    text: `还记得账号密码就修改绑定的邮箱。${CANCELS_OLD}，忘了又找不回的才重新注册。`,
    to: { kind: 'problem', id: 7 },
  },
  {
    kind: 'answer',
    id: 'p8',
    title: '问题 8：身份证被征兵部门注册过',
    text: '旧账号审核后会被注销，不能再用于征兵、研招报名。确实找不回旧账号，才勾选“我要重新注册”。',
    to: { kind: 'problem', id: 8, part: 'solution' },
  },
  {
    kind: 'answer',
    id: 'p9-own',
    title: '问题 9：手机号是你自己的旧账号',
    text: '选“继续注册”旧帐号将不可用。是你自己的账号，就点“用该手机号登录”或“用手机找回密码”。',
    to: { kind: 'problem', id: 9 },
  },
  {
    kind: 'answer',
    id: 'p9',
    title: '问题 9：提示手机号已存在',
    text: '选“继续注册”后旧帐号将不可用；不是你的账号，再在“手机号已存在”提示后勾选“继续注册”。',
    to: { kind: 'problem', id: 9 },
  },
  {
    kind: 'answer',
    id: 'mismatch',
    title: '信息与实际不符',
    text: `请及时联系${contactName(schoolConfig)}。下一页有写好的消息，复制后发给老师。`,
    to: { kind: 'section', id: 'login', part: 'report' },
  },
  {
    kind: 'answer',
    id: FINDER_CONTACT,
    title: '按问题的种类找人',
    text: contactLines(schoolConfig).join('\n'),
    to: { kind: 'problem', id: 4, part: 'still-stuck' },
  },
];

export function finderNode(id: FinderNodeId): FinderNode | undefined {
  return finderNodes.find((node) => node.id === id);
}
