// 二、异常情况处理: the nine problems of the college's guide, as typed data.
// Steps that cannot be undone are marked (types.ts OrderMarks): their consequence and the safer
// way come first on every page, which test/content/safe-order.test.ts checks.
import { DAILY_LIMIT } from '../core/daily-limit';
import { checkWindowView } from '../core/check-window';
import {
  contactName,
  enrollmentYearText,
  schoolConfig,
  studentIdSourceText,
} from './school-config';
import { CONTENT_CHECKED_ON, GUIDE_NAME, GUIDE_SHORT_NAME, SOURCES, sourcesOf } from './sources';
import { MSG_REQUEST_CANCELLED, problemSummary } from './summaries';
import type { Block, Part, Problem } from './types';

const checkedOn = CONTENT_CHECKED_ON;

export { MSG_REQUEST_CANCELLED };

/**
 * Every problem's id, in the order of `problems` below; ProblemId, the route codes p1…pN and
 * the home page's list derive from it. A new problem adds its id here, its entry below and its
 * summary in summaries.ts.
 */
export const PROBLEM_IDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

export type ProblemId = (typeof PROBLEM_IDS)[number];

/** The consequence of 我要重新注册 in the guide's own words (problem 8's 友情提示). */
export const REREGISTER_CONSEQUENCE =
  '这个身份证号关联的旧账号会被注销，不能再用于征兵、研招报名。';

/** The warning shown before every 重新注册 step (problems 1, 6 and 7): what it costs, first. */
const REREGISTER_NOTICE: Block = {
  type: 'notice',
  level: 'irreversible',
  action: 'register-anew',
  title: '重新注册之前要知道',
  text: `重新注册时，学信网会提示这个身份证号已被注册；选了重新注册、审核通过后，${REREGISTER_CONSEQUENCE}`,
};

/** Before every 重新注册: CHSI's service may still recover the old account (cites hnist2020). */
function askChsiFirst(id: ProblemId): readonly Block[] {
  return [
    {
      type: 'notice',
      level: 'tip',
      title: '先问学信网客服',
      text: '自己找不回的，先发邮件问学信网客服，旧账号可能还能找回。',
      source: SOURCES.hnist2020,
    },
    { type: 'contact', trouble: 'account', problem: id },
  ];
}

/** Re-registering with the same ID number meets 证件号码已被注册: problem 2 has that branch. */
const REREGISTER_LINK: Block = {
  type: 'link',
  link: {
    text: '重新注册：按问题 2 的办法',
    to: { kind: 'problem', id: 2, part: 'never-registered' },
  },
  irreversible: 'register-anew',
};

/** A problem with its sources derived from the notices of its parts. */
function problem(fields: Omit<Problem, 'sources' | 'checkedOn'>): Problem {
  return { ...fields, sources: sourcesOf(fields.parts), checkedOn };
}

const problem1Parts: Part[] = [
  {
    id: 'recover',
    title: '先找回',
    blocks: [
      {
        type: 'paragraph',
        text: '如果只是忘了用户名或密码、找回时并没有报错，先按问题 4 的步骤找回。',
        saferThan: 'register-anew',
      },
      {
        type: 'link',
        link: { text: '4. 如何找回用户名和密码', to: { kind: 'problem', id: 4 } },
        saferThan: 'register-anew',
      },
    ],
  },
  {
    id: 'register-anew',
    title: '找不回：重新注册',
    blocks: [
      ...askChsiFirst(1),
      REREGISTER_NOTICE,
      {
        type: 'paragraph',
        text: '找回用户名时显示“被注册过”、旧账号确实找不回的：按指南的办法，重新注册。',
        irreversible: 'register-anew',
      },
      REREGISTER_LINK,
    ],
  },
];

const problem2Parts: Part[] = [
  {
    id: 'meaning',
    title: '这个提示是什么意思',
    blocks: [
      {
        type: 'paragraph',
        text: '填写身份证号后提示“证件号码已被注册，查看【解决方法】”，表示系统里已经有账号用这个身份证号码注册过了。',
      },
      {
        type: 'notice',
        level: 'tip',
        title: '提示不一样时（本助手的建议）',
        text: '如果你看到的提示和上面这句不一样（比如提到“客服审核”），请按页面上的提示做。以前注册过的，仍然先用原用户名登录，或者先找回用户名。',
      },
    ],
  },
  {
    id: 'registered-before',
    title: '曾经注册过',
    blocks: [
      {
        type: 'steps',
        steps: [
          {
            text: '如果你以前用这个身份证号注册过，就用原来的用户名登录。',
            saferThan: 'reregister-id',
            note: '办过兵役登记或应征报名的，那个账号就是学信网账号。',
          },
          {
            text: '忘了用户名的，点【找回用户名】找回，再用原来的用户名登录。',
            saferThan: 'reregister-id',
          },
        ],
      },
      {
        type: 'link',
        link: { text: '找回用户名和密码的步骤', to: { kind: 'problem', id: 4 } },
      },
    ],
  },
  {
    id: 'never-registered',
    title: '的确没有注册过',
    blocks: [
      {
        type: 'notice',
        level: 'irreversible',
        action: 'reregister-id',
        title: '继续之前要知道',
        text: `这和问题 8 是同一个选择：继续用这个身份证号注册、经客服审核通过后，${REREGISTER_CONSEQUENCE}拿不准以前注册过没有的，先按上面“曾经注册过”的办法试着找回。`,
      },
      {
        type: 'paragraph',
        text: '从问题 1、6、7 过来、旧账号确实找不回的同学，也按这里做。',
      },
      ...askChsiFirst(2),
      {
        type: 'steps',
        steps: [
          {
            text: '继续用这个身份证号码填写基本信息，正确填写其他信息项后，点击【完成注册】。',
            irreversible: 'reregister-id',
          },
          {
            text: '基本信息填完后，系统会要求上传有效的身份证照片。按要求上传后，等待客服审核。',
          },
          { text: '审核通过后，按页面提示继续（指南里叫“实名信息绑定”）。' },
        ],
      },
      {
        type: 'list',
        title: '也可以在左侧菜单里：',
        items: [
          '“证件重复-客服审核”：查看客服的审核进度。',
          '“证件重复-用户协助”：你点【发送协助请求】，输入同班同学的姓名等信息；被邀请的同学登录学信网，点页面右上角的收件箱（邮箱）图标，打开申请并点“是”。做法同问题 3 的（2）。',
        ],
      },
      {
        type: 'link',
        link: { text: '打开“同学协助”助手', to: { kind: 'class-helper' } },
      },
      {
        type: 'link',
        link: { text: '证件重号的四种验证途径', to: { kind: 'problem', id: 3 } },
      },
    ],
  },
];

const problem3Parts: Part[] = [
  {
    id: 'overview',
    title: '四种验证途径',
    blocks: [
      {
        type: 'paragraph',
        text: `完成注册后，系统会要求验证信息，有四种途径。${GUIDE_NAME}详细说明了下面三种，按推荐顺序排列；另一种指南没有写，请按学信网页面的提示操作。`,
      },
      { type: 'chsi-screen', screen: 'verify-paths', ring: 'record' },
      {
        type: 'notice',
        level: 'tip',
        title: '三个词别弄混',
        text: '“核对”是你自己看学籍信息对不对；“验证”“审核”是学信网确认这个账号是你本人。',
      },
    ],
  },
  {
    id: 'record',
    title: '（1）提供学籍学历信息',
    badge: '优先推荐使用',
    blocks: [
      { type: 'paragraph', text: '最快捷。只需要输入：' },
      { type: 'chsi-screen', screen: 'verify-record', ring: 'school-name' },
      {
        type: 'list',
        items: [
          `学校全称：${schoolConfig.fullName}`,
          enrollmentYearText(schoolConfig),
          '学号：你自己的学号',
        ],
      },
      { type: 'paragraph', text: studentIdSourceText(schoolConfig) },
      {
        type: 'notice',
        level: 'tip',
        text: '学校还没完成新生学籍注册时，这个办法可能用不了，可先用（2）或（3）。',
      },
    ],
  },
  {
    id: 'classmate',
    title: '（2）使用大学同班同学协助',
    badge: '推荐使用',
    blocks: [
      {
        type: 'paragraph',
        text: '请一位已经通过学信网审核的同班同学帮你完成验证。',
      },
      {
        type: 'steps',
        title: '你要做的',
        steps: [
          {
            text: '在学信网的验证页面选“使用大学同班同学协助”，填写已经通过审核的同班同学的姓名和手机号，发出协助申请。',
            note: '先问清同学：他/她的学信网账号用的是哪个手机号。',
          },
          {
            text: '请被邀请的同学登录学信网，完成协助。',
          },
        ],
      },
      {
        type: 'notice',
        level: 'warning',
        title: `每天最多 ${DAILY_LIMIT} 名`,
        text: `每天最多可申请 ${DAILY_LIMIT} 名同学协助。`,
      },
      {
        type: 'link',
        link: {
          text: '打开“同学协助”助手：记下每次申请，发卡片告诉同学怎么点',
          to: { kind: 'class-helper' },
        },
      },
      {
        type: 'steps',
        title: '同学要做的',
        steps: [
          { text: '登录学信网。' },
          {
            text: '点击右上角“账号”快捷方式。',
          },
          {
            text: '点击右上角“邮箱”，打开同学协助申请。',
          },
          {
            text: '先看清申请里的姓名，确实是请你帮忙的这位同班同学，再点击“是”。',
            note: '点“是”就是替对方证明身份：不认识或拿不准，就不要点。',
          },
        ],
      },
      { type: 'chsi-screen', screen: 'classmate-account', ring: 'account' },
      { type: 'chsi-screen', screen: 'classmate-mailbox', ring: 'mailbox' },
      { type: 'chsi-screen', screen: 'classmate-request', ring: 'yes' },
      { type: 'paragraph', text: '这样，请你协助的同学就通过验证了。' },
      {
        type: 'notice',
        level: 'tip',
        text: `以上是${GUIDE_SHORT_NAME}里的步骤。学信网页面如有不同，以页面提示为准。`,
      },
    ],
  },
  {
    id: 'app',
    title: '（3）学信网 App 自助验证',
    blocks: [
      { type: 'paragraph', text: '通过上传本人手持身份证照片解决。' },
      {
        type: 'steps',
        steps: [
          {
            text: '注册完成后，如果系统发现所注册的信息存在“证件号码重复”，页面上会有相关链接。',
          },
          { text: '直接点击这个链接，进入申请审核页面。' },
          {
            text: '上传本人手持身份证的照片（有的页面要正反两面），提交，等学信网审核（指南原话“提交系统进行账户重置”）。',
          },
          { text: '后面的步骤按页面提示一步步做。' },
        ],
      },
      {
        type: 'notice',
        level: 'tip',
        title: '照片怎么拍',
        text: '以页面要求为准。本助手的建议：上半身和脸拍清楚，身份证上的字不被手指挡住，不要修图。',
      },
      {
        type: 'notice',
        level: 'tip',
        title: '离开了验证页面',
        text: '登录学信网，点右上角的账号名进入个人信息，点“证件号码重复”提示，就能回到这几种验证办法（以页面为准）。',
        source: SOURCES.hnist2020,
      },
      {
        type: 'notice',
        level: 'tip',
        title: '如果要你做“身份核验”',
        text: '如果学信网 App 要你做身份核验（例如刷脸），而不是上传照片，就按提示做：环境不要太乱，可以找一面白墙做背景；一直通不过的，换一台手机，先退出其他设备上登录的账号，再试。',
        source: SOURCES.haue2025,
      },
    ],
  },
];

/** Where 找回 works (the app's own advice: the official account's menu may not offer it). */
const RECOVER_WHERE: Block = {
  type: 'notice',
  level: 'tip',
  text: '用手机浏览器或电脑打开学信网登录页找回（公众号里可能没有找回入口）。',
};

const problem4Parts: Part[] = [
  {
    id: 'password',
    title: '只忘了密码：直接找回密码',
    blocks: [
      RECOVER_WHERE,
      {
        type: 'steps',
        steps: [
          { text: `打开学信网 ${schoolConfig.chsiUrl} 的登录页（不用登录），点“找回密码”。` },
          { text: '选一种方式找回（指南说有三种；下面是邮箱的示例）。' },
        ],
      },
    ],
  },
  {
    id: 'username',
    title: '先找回用户名',
    blocks: [
      RECOVER_WHERE,
      {
        type: 'notice',
        level: 'tip',
        title: '本助手的提醒',
        text: '学信档案的用户名和密码，就是你的学信网账号和密码，不是另一个账号。',
      },
      {
        type: 'steps',
        steps: [
          { text: `第一步：打开学信网 ${schoolConfig.chsiUrl}，进入登录页面（不用登录）。` },
          { text: '第二步：选择“找回用户名”。' },
          { text: '第三步：填写证件号码和姓名。' },
          {
            text: '第四步：页面上显示的就是你的用户名。密码不记得了，就点击后面的“找回密码”。',
          },
          { text: '第五步：有三种方式可以找回密码，自行选择。' },
        ],
      },
    ],
  },
  {
    id: 'email',
    title: '用电子邮箱找回密码（示例）',
    blocks: [
      {
        type: 'steps',
        steps: [
          { text: '进入找回密码流程，选择用户名，填写姓名和证件号码，点击“确定”。' },
          { text: '页面提示密码重置成功，系统已经将重置链接发送到你的邮箱。' },
          { text: '登录相应的邮箱。' },
          { text: '在收件箱中找到包含重置密码链接的邮件，点击链接。' },
          { text: '进入密码重置页面，输入新的密码以及密码确认，点击“确定”。' },
          { text: '最后会看到密码重置成功的提示。' },
        ],
      },
      {
        type: 'notice',
        level: 'tip',
        text: '注册时的邮箱用不了？见问题 7。找回用户名时提示请求被取消？见问题 6。',
      },
    ],
  },
  {
    id: 'still-stuck',
    title: '自己找不回怎么办',
    blocks: [
      {
        type: 'paragraph',
        text: '学校没有管理学信网账号的权限（指南注意第 2 条），账号的问题要找学信网：',
      },
      { type: 'contact', trouble: 'account', problem: 4 },
    ],
  },
];

const problem5Parts: Part[] = [
  {
    id: 'solution',
    title: '解决办法',
    blocks: [
      {
        type: 'steps',
        steps: [
          { text: '重新登录学信网。' },
          { text: '再进入学信档案查询一次。' },
          { text: '随意点击浏览一下别的模块。' },
          { text: '最后点页面上的“退出”按钮，正常退出。' },
        ],
      },
    ],
  },
  {
    id: 'contact',
    title: '过几天还在名单上',
    blocks: [
      {
        type: 'paragraph',
        text: `照上面做了、过几天还在学校的未查名单上的，请联系${contactName(schoolConfig, 'unchecked')}。`,
      },
      {
        type: 'notice',
        level: 'tip',
        text: '“退出”按钮一般在页面右上角的“个人中心”里。',
        source: SOURCES.scu2021,
      },
      { type: 'contact', trouble: 'unchecked', problem: 5 },
    ],
  },
];

const problem6Parts: Part[] = [
  {
    id: 'solution',
    title: '解决办法',
    blocks: [
      {
        type: 'paragraph',
        text: '先检查：姓名要用简体字、与录取时一致；证件号码中间不要有空格。改正后过一会儿再按问题 4 试着找回。',
        saferThan: 'register-anew',
      },
      ...askChsiFirst(6),
      REREGISTER_NOTICE,
      {
        type: 'paragraph',
        text: '如果几次都不能找回用户名，可以重新注册。',
        irreversible: 'register-anew',
      },
      REREGISTER_LINK,
    ],
  },
];

const problem7Parts: Part[] = [
  {
    id: 'solution',
    title: '解决办法',
    blocks: [
      {
        type: 'steps',
        steps: [
          {
            text: '还记得账号和密码：登录后修改绑定的邮箱。',
            saferThan: 'register-anew',
          },
          {
            text: '只忘了用户名或密码：先按问题 4 试着用手机找回。',
            saferThan: 'register-anew',
          },
        ],
      },
      ...askChsiFirst(7),
      REREGISTER_NOTICE,
      {
        type: 'paragraph',
        text: '不幸忘记了账号或密码、又找不回：重新注册一个新的账号。',
        irreversible: 'register-anew',
      },
      {
        type: 'notice',
        level: 'warning',
        text: 'sohu 邮箱无法接收学信网邮件，请使用其他有效邮箱。',
      },
      REREGISTER_LINK,
    ],
  },
];

const problem8Parts: Part[] = [
  {
    id: 'old-account',
    title: '先试原来的账号',
    blocks: [
      {
        type: 'steps',
        steps: [
          {
            text: '用过图像校对、学信档案、兵役登记/应征报名的，可以用原账号登录（这是指南示例页面上的提示）。',
            saferThan: 'reregister-id',
          },
          {
            text: '忘记了注册信息的，先试“找回密码”“找回用户名”。',
            saferThan: 'reregister-id',
          },
        ],
      },
      {
        type: 'link',
        link: { text: '4. 如何找回用户名和密码', to: { kind: 'problem', id: 4 } },
        saferThan: 'reregister-id',
      },
      {
        type: 'notice',
        level: 'tip',
        text: '同一个学信网账号也用于全国征兵网。想保留原账号的，先试找回。',
      },
    ],
  },
  {
    id: 'solution',
    title: '解决办法：勾选“我要重新注册”',
    blocks: [
      ...askChsiFirst(8),
      {
        type: 'notice',
        level: 'irreversible',
        action: 'reregister-id',
        title: '旧账号会被注销',
        text: `选择“我要重新注册”、经管理员审核后，${REREGISTER_CONSEQUENCE}还能登录或找回旧账号的，就用旧账号。`,
      },
      { type: 'chsi-screen', screen: 'register-id-taken', ring: 'reregister' },
      {
        type: 'steps',
        steps: [
          {
            text: '学信网提示“证件号码已注册”时，勾选“我要重新注册”。',
            irreversible: 'reregister-id',
          },
          { text: '依次填写完成其他项目。' },
          { text: '选择“注册”，完成账号注册。' },
        ],
      },
      {
        type: 'notice',
        level: 'warning',
        title: '安全邮箱',
        text: 'sohu 邮箱无法接收学信网邮件，请使用其他有效邮箱。这个页面上安全邮箱和密保问题都是必填。',
      },
    ],
  },
];

const problem9Parts: Part[] = [
  {
    id: 'own-account',
    title: '是你的账号：登录或找回',
    blocks: [
      { type: 'chsi-screen', screen: 'register-phone-taken', ring: 'login' },
      {
        type: 'paragraph',
        text: '这个手机号注册的是你自己以前的账号：点“1. 用该手机号登录”，或者“2. 用手机找回密码”。',
        saferThan: 'continue-phone',
      },
      { type: 'link', link: { text: '4. 如何找回用户名和密码', to: { kind: 'problem', id: 4 } } },
    ],
  },
  {
    id: 'continue',
    title: '不是你的：勾选“继续注册”',
    blocks: [
      {
        type: 'notice',
        level: 'irreversible',
        action: 'continue-phone',
        title: '“继续注册”之前要知道',
        text: '选择“继续注册”后，这个手机号关联的旧账号将不可用。',
      },
      {
        type: 'paragraph',
        text: '不是你的账号，或者确实要注册新账号：直接在“手机号已存在”提示后勾选“继续注册”。',
        irreversible: 'continue-phone',
      },
      { type: 'chsi-screen', screen: 'register-phone-taken', ring: 'continue' },
    ],
  },
  {
    id: 'notes',
    title: '注意',
    blocks: [
      {
        type: 'list',
        items: [
          '自己输入的名字是否是繁体？要用简体字（身份证上本来就是这个字的，照身份证写）。',
          '输入的身份证号码有没有空格？号码要连贯。',
          '报到入校后自己改了名的，注册和查询时仍要用录取时的名字。',
        ],
      },
    ],
  },
];

const window = checkWindowView(schoolConfig.checkWindow, Date.now());

const problem10Parts: Part[] = [
  {
    id: 'wait',
    title: '学校还没完成学籍注册',
    blocks: [
      {
        type: 'notice',
        level: 'tip',
        text: '新生的学籍要等学校完成“新生学籍电子注册”后才能看到。',
        source: SOURCES.lcudcc2023,
      },
      {
        type: 'paragraph',
        text: window.startText
          ? `学校的核对时间从 ${window.startText}开始，之前看不到是正常的。`
          : `${window.text}：之前看不到是正常的。`,
      },
    ],
  },
  {
    id: 'look-again',
    title: '时间到了还是看不到',
    blocks: [
      {
        type: 'steps',
        steps: [
          { text: '确认打开的是“学籍”，不是“学历”。' },
          {
            text: '本助手的建议：核对注册用的姓名、身份证号和录取时一致；不一致的问学信网客服。',
          },
        ],
      },
      {
        type: 'notice',
        level: 'tip',
        text: '进入学信档案后，点“高等教育信息”，再点“学籍”。',
        source: SOURCES.nnudy2025,
      },
      { type: 'contact', trouble: 'no-record', problem: 10 },
    ],
  },
];

export const problems: readonly Problem[] = [
  problem({
    ...problemSummary(1),
    messages: [{ text: '被注册过', verbatim: false, where: '找回用户名时' }],
    now: {
      action: {
        type: 'decision',
        question: '旧账号还能找回吗？',
        options: [
          { label: '只是忘了用户名或密码：先找回', opens: 'recover' },
          {
            label: '找回时提示“被注册过”，找不回',
            opens: 'register-anew',
            consequence: '旧账号将被注销',
          },
        ],
      },
      more: [{ type: 'copy', values: ['chsi-url'] }],
    },
    parts: problem1Parts,
    related: [
      { text: '4. 如何找回用户名和密码', to: { kind: 'problem', id: 4 } },
      { text: '2. 注册时提示证件号码已被注册', to: { kind: 'problem', id: 2 } },
    ],
  }),
  problem({
    ...problemSummary(2),
    messages: [
      {
        text: '证件号码已被注册，查看【解决方法】',
        verbatim: true,
        where: '注册页面，填写身份证号后',
      },
    ],
    now: {
      action: {
        type: 'decision',
        question: '以前用这个身份证号注册过学信网，或者办过兵役登记（全国征兵网）吗？',
        options: [
          { label: '注册过、办过兵役登记/应征报名，或者不确定', opens: 'registered-before' },
          {
            label: '都没有，或旧账号确实找不回',
            opens: 'never-registered',
            consequence: '审核通过后旧账号将被注销',
          },
        ],
      },
      more: [{ type: 'copy', values: ['chsi-url'] }],
    },
    parts: problem2Parts,
    related: [
      { text: '3. 如何处理证件重号', to: { kind: 'problem', id: 3 } },
      { text: '8. 身份证被征兵部门注册过', to: { kind: 'problem', id: 8 } },
      { text: '4. 如何找回用户名和密码', to: { kind: 'problem', id: 4 } },
    ],
  }),
  problem({
    ...problemSummary(3),
    messages: [{ text: '证件号码重复', verbatim: true, where: '注册完成后，系统发现信息重复时' }],
    now: {
      action: { type: 'copy', values: ['school-name', 'enrollment-year', 'chsi-url'] },
      more: [
        {
          type: 'link',
          link: { text: '选不了这个？请同班同学协助', to: { kind: 'class-helper' } },
        },
      ],
    },
    parts: problem3Parts,
    related: [
      { text: '2. 注册时提示证件号码已被注册', to: { kind: 'problem', id: 2 } },
      { text: '8. 身份证被征兵部门注册过', to: { kind: 'problem', id: 8 } },
    ],
  }),
  problem({
    ...problemSummary(4),
    messages: [],
    now: {
      action: {
        type: 'decision',
        question: '还记得用户名吗？',
        options: [
          { label: '记得用户名，只忘了密码', opens: 'password' },
          { label: '用户名也忘了', opens: 'username' },
        ],
      },
      more: [{ type: 'copy', values: ['chsi-url'] }],
    },
    parts: problem4Parts,
    related: [
      { text: '6. 找回用户名提示请求被取消', to: { kind: 'problem', id: 6 } },
      { text: '7. 注册时的邮箱已无法使用', to: { kind: 'problem', id: 7 } },
      { text: '1. 找回用户名时显示被注册过', to: { kind: 'problem', id: 1 } },
    ],
  }),
  problem({
    ...problemSummary(5),
    messages: [{ text: '未查名单', verbatim: false, where: '学校通知的名单' }],
    now: { action: { type: 'copy', values: ['chsi-url'] } },
    parts: problem5Parts,
    related: [{ text: '登录并核对学籍', to: { kind: 'section', id: 'login', part: 'logout' } }],
  }),
  problem({
    ...problemSummary(6),
    messages: [
      { text: '证件和姓名不符合', verbatim: false, where: '找回用户名时' },
      { text: MSG_REQUEST_CANCELLED, verbatim: true, where: '找回用户名，输入几次之后' },
    ],
    now: { action: { type: 'copy', values: ['chsi-url'] } },
    parts: problem6Parts,
    related: [
      { text: '9. 注意姓名和证件号的写法', to: { kind: 'problem', id: 9, part: 'notes' } },
      { text: '4. 如何找回用户名和密码', to: { kind: 'problem', id: 4 } },
    ],
  }),
  problem({
    ...problemSummary(7),
    messages: [],
    now: { action: { type: 'copy', values: ['chsi-url'] } },
    parts: problem7Parts,
    related: [{ text: '4. 如何找回用户名和密码', to: { kind: 'problem', id: 4 } }],
  }),
  problem({
    ...problemSummary(8),
    messages: [
      { text: '证件号码已注册', verbatim: true, where: '注册页面，证件号码一栏旁' },
      {
        text: 'sohu邮箱无法接收本网邮件，请使用其他有效邮箱',
        verbatim: true,
        where: '注册页面，安全邮箱一栏旁',
      },
    ],
    now: {
      action: {
        type: 'decision',
        question: '原来的账号（比如兵役登记时注册的）还能登录或找回吗？',
        options: [
          { label: '能，或者想先试试找回', opens: 'old-account' },
          { label: '不能，要重新注册', opens: 'solution', consequence: '旧账号将被注销' },
        ],
      },
      more: [{ type: 'copy', values: ['chsi-url'] }],
    },
    parts: problem8Parts,
    related: [
      { text: '2. 注册时提示证件号码已被注册', to: { kind: 'problem', id: 2 } },
      { text: '4. 如何找回用户名和密码', to: { kind: 'problem', id: 4 } },
    ],
  }),
  problem({
    ...problemSummary(9),
    messages: [{ text: '手机号已存在', verbatim: true, where: '注册页面，手机号一栏旁' }],
    now: {
      action: {
        type: 'decision',
        question: '这个手机号注册的账号是你自己的吗？',
        options: [
          { label: '是我的', opens: 'own-account' },
          { label: '不是我的，或者要注册新账号', opens: 'continue', consequence: '旧账号将不可用' },
        ],
      },
      more: [{ type: 'copy', values: ['chsi-url'] }],
    },
    parts: problem9Parts,
    related: [
      { text: '注册页面逐项说明', to: { kind: 'section', id: 'register', part: 'form' } },
      { text: '2. 注册时提示证件号码已被注册', to: { kind: 'problem', id: 2 } },
    ],
  }),
  problem({
    ...problemSummary(10),
    messages: [],
    now: {
      action: {
        type: 'decision',
        question: '学校通知的核对时间到了吗？',
        options: [
          { label: '还没到，或者不知道', opens: 'wait' },
          { label: '到了，还是看不到', opens: 'look-again' },
        ],
      },
      more: [{ type: 'copy', values: ['chsi-url'] }],
    },
    parts: problem10Parts,
    related: [
      { text: '登录并核对学籍', to: { kind: 'section', id: 'login', part: 'open-record' } },
    ],
  }),
];

export function findProblem(id: ProblemId): Problem {
  const found = problems.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`unknown problem ${id}`);
  return found;
}
