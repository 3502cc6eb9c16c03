// 一、注册及登录: the two sections of the college's guide, as typed data.
import { checkWindowView } from '../core/check-window';
import { contactName, schoolConfig } from './school-config';
import { CONTENT_CHECKED_ON, GUIDE_NAME, SOURCES, sourcesOf } from './sources';
import { CHECK_FIELDS, sectionSummary } from './summaries';
import type { Section } from './types';

const contact = contactName(schoolConfig);
const window = checkWindowView(schoolConfig.checkWindow, Date.now());

export const REGISTRATION_FIELDS = [
  {
    label: '手机号',
    required: true,
    hint: '本人正在使用的手机号。注册成功后，用户名一般就是这个手机号。',
  },
  {
    label: '验证码',
    required: true,
    hint: '点“免费获取”后收到的短信验证码。先把其他信息都填完，最后再获取。',
  },
  {
    label: '密码',
    required: true,
    hint: '自己设置的登录密码，请牢记。',
    warning: '密码不要设置特殊字符或标点符号。',
  },
  { label: '密码确认', required: true, hint: '再输入一次同样的密码。' },
  {
    label: '姓名',
    required: true,
    hint: '填写与高考信息一致的真实姓名，用简体字。',
    pin: '姓名用简体字，和高考报名时一致。',
    warning: '入校后改过名的，仍以录取时的名字为准。',
  },
  { label: '证件类型', required: true, hint: '选择“居民身份证”。' },
  {
    label: '证件号码',
    required: true,
    hint: '填写与高考信息一致的身份证号。',
    warning: '证件号后面的 X 一律大写；号码中间不要有空格。',
    pin: '身份证号最后的 X 一律大写。',
  },
  {
    label: '安全邮箱',
    required: false,
    hint: '请使用有效邮箱，找回密码时要用。有的注册页面上这一栏是必填（见问题 8 的示例页面）。',
    warning: 'sohu 邮箱无法接收学信网邮件，请使用其他有效邮箱。',
    pin: '安全邮箱不要用 sohu 邮箱（收不到学信网的邮件）。',
  },
  {
    label: '密保问题1',
    required: false,
    hint: '从下拉框“请选择”一个问题，并填写答案。有的注册页面上是必填。',
  },
  { label: '密保问题2', required: false, hint: '同上，再选一个问题并填写答案。' },
  { label: '密保问题3', required: false, hint: '同上，再选一个问题并填写答案。' },
  {
    label: '服务条款',
    required: true,
    hint: '勾选“我已阅读并同意服务条款”，然后点“立即注册”。',
  },
] as const;

export { CHECK_FIELDS };

const registerParts: Section['parts'] = [
  {
    id: 'open',
    title: '打开学信网',
    blocks: [
      {
        type: 'paragraph',
        text: `打开中国高等教育学生信息网（学信网），网址：${schoolConfig.chsiUrl}`,
      },
      { type: 'copy-chsi' },
      {
        type: 'steps',
        steps: [
          {
            text: '进入学信网，选择“学籍查询”或“学信档案”。',
          },
          { text: '已经注册过的，请直接登录，进入核对页面。' },
          { text: '还没有注册的，点击“注册”按钮，进入注册页面。' },
        ],
      },
      { type: 'chsi-screen', screen: 'home', ring: 'register' },
      {
        type: 'notice',
        level: 'tip',
        title: '不确定自己注册过没有（本助手的建议）',
        text: '高中时办过兵役登记或应征报名（全国征兵网）的，可能已经有学信网账号。先试试“找回用户名”，再决定要不要注册。',
      },
      {
        type: 'notice',
        level: 'warning',
        title: '认准真网址',
        text: `学信网的网址是 ${schoolConfig.chsiDomain}。教育部提醒过：网上有名称相似的仿冒网站，请认准这个地址。`,
        source: SOURCES.moe2004,
      },
      {
        type: 'link',
        link: { text: '已经有账号：登录并核对', to: { kind: 'section', id: 'login' } },
      },
    ],
  },
  {
    id: 'form',
    title: '填写注册页面',
    blocks: [
      {
        type: 'chsi-screen',
        screen: 'register-form',
        ring: 'get-code',
        caption: '其他都填完，最后再点“免费获取”（红圈处）',
      },
      { type: 'fields', fields: REGISTRATION_FIELDS },
      {
        type: 'steps',
        title: '填写顺序',
        steps: [
          { text: '先填写完其他信息。' },
          { text: '再点“免费获取”获取验证码，并录入“验证码”栏。' },
          { text: '点击下方“立即注册”按钮，完成注册。' },
        ],
      },
      {
        type: 'notice',
        level: 'tip',
        title: '如果要你做“身份核验”',
        text: '注册时如果页面要你做身份核验（例如拍脸），按提示做：找一面白墙做背景；一直通不过的，换一台手机，先退出其他设备上登录的账号，再试。',
        source: SOURCES.haue2025,
      },
      {
        type: 'notice',
        level: 'tip',
        title: '密码怎么设',
        text: '学信网注册页上写的是：密码由 6-30 位的英文字母、数字和特殊字符组成。学校建议：不要用特殊字符或标点符号。两条都满足最稳妥：用 6-30 位字母加数字，手机和电脑上都好输入，也不容易记错。',
      },
    ],
  },
  {
    id: 'sms',
    title: '短信验证码',
    blocks: [
      {
        type: 'notice',
        level: 'tip',
        title: '关于短信验证码',
        text: '验证码一般 1 分钟内发到手机，提示发送成功后 10 分钟内可以用。不要反复点“免费获取”：获取太频繁，这个手机号 24 小时内可能收不到验证码。',
        source: SOURCES.haue2025,
      },
    ],
  },
  {
    id: 'notes',
    title: '注意',
    blocks: [
      {
        type: 'list',
        title: `${GUIDE_NAME}里的四条注意：`,
        items: [
          '请牢记本人的用户名（一般为手机号）、密码和邮箱，以便随时查询学籍信息及毕业学历信息。',
          '因学校没有对学生用户的管理权限，如忘记用户名或密码，请按网上提示的操作方式找回用户名和密码。',
          '使用电脑 IE8.0 版本以上浏览器或者火狐浏览器进行操作。',
          '密码不要设置特殊字符或标点符号。',
        ],
      },
      {
        type: 'notice',
        level: 'tip',
        title: '第 3 条是 2022 年的建议',
        text: '现在查学籍，用电脑、学信网微信公众号或学信网 App 都可以。',
        source: SOURCES.haue2025,
      },
      {
        type: 'notice',
        level: 'tip',
        title: '本助手的建议',
        text: '用手机的，也可以把复制的网址粘贴到手机浏览器打开；手机上找不到某个功能时，再换电脑试试。',
      },
      {
        type: 'link',
        link: { text: '忘了用户名或密码怎么找回', to: { kind: 'problem', id: 4 } },
      },
      { type: 'contact', trouble: 'account' },
    ],
  },
  {
    id: 'messages',
    title: '注册时遇到提示',
    blocks: [
      {
        type: 'link',
        link: { text: '提示“证件号码已被注册”', to: { kind: 'problem', id: 2 } },
      },
      {
        type: 'link',
        link: { text: '身份证号被征兵网注册过', to: { kind: 'problem', id: 8 } },
      },
      { type: 'link', link: { text: '提示“手机号已存在”', to: { kind: 'problem', id: 9 } } },
      {
        type: 'link',
        link: { text: '注册后要验证“证件号码重复”', to: { kind: 'problem', id: 3 } },
      },
    ],
  },
  {
    id: 'next',
    title: '注册好了',
    blocks: [
      {
        type: 'link',
        link: { text: '注册好了 → 第 2 步：登录并核对', to: { kind: 'section', id: 'login' } },
      },
    ],
  },
];

const loginParts: Section['parts'] = [
  {
    id: 'open-record',
    title: '登录并打开学信档案',
    blocks: [
      { type: 'copy-chsi' },
      {
        type: 'steps',
        steps: [
          { text: '用注册时的用户名（一般为手机号）和密码登录学信网。' },
          {
            text: '登录成功后，点击“学信档案”查询学籍。',
          },
        ],
      },
      { type: 'chsi-screen', screen: 'logged-in', ring: 'archive' },
      {
        type: 'notice',
        level: 'tip',
        title: '学籍在哪里',
        text: '进入学信档案后，点“高等教育信息”，再点“学籍”，就能看到自己的学籍信息。',
        source: SOURCES.nnudy2025,
      },
      {
        type: 'notice',
        level: 'tip',
        text: '学籍要等学校完成学籍电子注册后才能看到，不用重新注册。',
        source: SOURCES.lcudcc2023,
      },
      {
        type: 'link',
        link: { text: '学信档案里没有学籍', to: { kind: 'problem', id: 10 } },
      },
    ],
  },
  {
    id: 'check',
    title: '核对关键内容',
    blocks: [
      {
        type: 'checklist',
        title: '逐项核对（指南列出的重点），每项点“对”或“不对”：',
        items: CHECK_FIELDS,
        wrong: {
          title: '标了不对的',
          text: `请及时联系${contact}：下面有写好的消息，已经填上你标了不对的项，复制后发给老师。`,
          part: 'report',
          button: '联系老师',
        },
      },
      { type: 'paragraph', text: '指南说“……民族等信息”：其他信息也顺便看看。' },
      {
        type: 'notice',
        level: 'tip',
        title: '也顺便看看',
        text: '出生日期、院校名称、学籍状态和录取照片是否正确。学籍状态显示为“在籍（注册学籍）”就是正常的。',
        source: SOURCES.scu2021,
      },
    ],
  },
  {
    id: 'report',
    title: '信息不对：联系老师',
    blocks: [
      {
        type: 'paragraph',
        text: `如有与实际信息不符的，请及时联系${contact}。`,
      },
      { type: 'contact', trouble: 'record' },
    ],
  },
  {
    id: 'renamed',
    title: '改过名字的同学',
    blocks: [
      {
        type: 'notice',
        level: 'tip',
        text: `录取后改了名的，注册、查询都先用录取时的名字。已经在公安机关正式改名、需要更改学籍上的姓名的，请联系${contact}。`,
        source: SOURCES.scu2021,
      },
    ],
  },
  {
    id: 'logout',
    title: '正常退出',
    blocks: [
      { type: 'paragraph', text: '查询成功后正常退出即可：点击页面上的“退出”。' },
      {
        type: 'notice',
        level: 'tip',
        text: '“退出”按钮一般在页面右上角的“个人中心”里。',
        source: SOURCES.scu2021,
      },
      {
        type: 'notice',
        level: 'warning',
        text: '指南问题 5 说：看过学籍却还在未查名单上的，要重新登录、再点“退出”正常退出。所以这次就点“退出”，不要直接关掉页面。',
      },
      {
        type: 'link',
        link: { text: '已经看过学籍，却还在未查名单上', to: { kind: 'problem', id: 5 } },
      },
    ],
  },
  {
    id: 'deadline',
    title: '什么时候之前核对完',
    blocks: [
      {
        type: 'paragraph',
        text: `${window.text}${window.daysLeft ? `（${window.daysLeft}）` : ''}。`,
      },
      {
        type: 'paragraph',
        text: `查完记得点“退出”：没有正常退出的，可能还在学校的未查名单上（指南问题 5）。信息不对的，截止前联系${contact}。${window.remindAt ? '首页可以点“截止前一天提醒我”，在手机日历里加一条提醒。' : ''}`,
      },
    ],
  },
];

export const sections: readonly Section[] = [
  {
    ...sectionSummary('register'),
    checkedOn: CONTENT_CHECKED_ON,
    sources: sourcesOf(registerParts),
    parts: registerParts,
  },
  {
    ...sectionSummary('login'),
    checkedOn: CONTENT_CHECKED_ON,
    sources: sourcesOf(loginParts),
    parts: loginParts,
  },
];
