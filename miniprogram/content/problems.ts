// 二、异常情况处理: the problems of the college's guide, as typed data.
import { contactName, schoolConfig } from './school-config';
import { CONTENT_CHECKED_ON, PUBLIC_SOURCE, SEED_SOURCE } from './sources';
import type { Problem } from './types';
import { DAILY_LIMIT } from '../core/daily-limit';

const checkedOn = CONTENT_CHECKED_ON;

/** The message problem 6 quotes; also used by search and the problem finder. */
export const MSG_REQUEST_CANCELLED = '请求被取消，不能频繁使用该功能';

/**
 * Every problem's id, in the order of `problems` below; ProblemId, the route codes p1…pN and
 * the home page's list derive from it. A new problem adds its id here and its entry below.
 */
export const PROBLEM_IDS = [1, 2, 3, 4, 5, 6, 7, 8, 9] as const;

export type ProblemId = (typeof PROBLEM_IDS)[number];

export const problems: readonly Problem[] = [
  {
    id: 1,
    title: '忘了学信档案的用户名和密码，找回用户名时显示说被注册过，怎么办？',
    symptom: '忘了用户名和密码，找回用户名时又说被注册过',
    answer: '重新注册。',
    messages: [{ text: '被注册过', verbatim: false, where: '找回用户名时' }],
    parts: [
      {
        id: 'solution',
        title: '解决办法',
        blocks: [
          { type: 'paragraph', text: '重新注册。' },
          {
            type: 'link',
            link: { text: '按注册页面一步步填写', to: { kind: 'section', id: 'register' } },
          },
          {
            type: 'notice',
            level: 'tip',
            text: '如果只是忘了用户名或密码、找回并没有报错，可以先按问题 4 的步骤找回。',
          },
        ],
      },
    ],
    related: [
      { text: '4. 如何找回用户名和密码', to: { kind: 'problem', id: 4 } },
      { text: '2. 注册时提示证件号码已被注册', to: { kind: 'problem', id: 2 } },
    ],
    sources: [SEED_SOURCE],
    checkedOn,
  },
  {
    id: 2,
    title: '注册时提示身份证号已被使用，怎么办？',
    symptom: '注册时提示“证件号码已被注册”',
    answer: '用原账号登录或找回用户名；确实没注册过的，继续注册并完成验证。',
    messages: [
      {
        text: '证件号码已被注册，查看【解决方法】',
        verbatim: true,
        where: '注册页面，填写身份证号后',
      },
    ],
    parts: [
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
            level: 'info',
            title: '另一种提示',
            text: '如果提示的是“证件号码已被注册，客服审核通过后才能被再次注册”，说明已经有一个审核在进行中，和上面是两种情况：请等待客服审核结果。',
            source: PUBLIC_SOURCE,
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
              { text: '如果您曾经用这个身份证号码注册过账号，请用原用户名登录并使用系统。' },
              {
                text: '忘记用户名的，通过【找回用户名】找回，再用旧的用户名登录。',
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
            type: 'steps',
            steps: [
              {
                text: '继续用这个身份证号码填写基本信息，正确填写其他信息项后，点击【完成注册】。',
              },
              {
                text: '基本信息填完后，系统会要求上传有效的身份证照片。按要求上传后，等待客服审核。',
              },
              { text: '审核通过后，进入实名信息绑定步骤。' },
            ],
          },
          {
            type: 'list',
            title: '也可以在左侧菜单里：',
            items: [
              '“证件重复-客服审核”：关注客服的审核进度。',
              '“证件重复-用户协助”：进入页面后点击【发送协助请求】，输入同学姓名等信息；再点页面右上角的收件箱图标，协助解决证件号码重复的问题。',
            ],
          },
          {
            type: 'link',
            link: { text: '证件重号的四种验证途径', to: { kind: 'problem', id: 3 } },
          },
        ],
      },
    ],
    related: [
      { text: '3. 如何处理证件重号', to: { kind: 'problem', id: 3 } },
      { text: '8. 身份证被征兵部门注册过', to: { kind: 'problem', id: 8 } },
      { text: '4. 如何找回用户名和密码', to: { kind: 'problem', id: 4 } },
    ],
    sources: [SEED_SOURCE, PUBLIC_SOURCE],
    checkedOn,
  },
  {
    id: 3,
    title: '如何处理证件重号？',
    symptom: '注册后要验证“证件号码重复”，不知道选哪种办法',
    answer: `首选“提供学籍学历信息”（学校全称、入学年份、学号），其次请同班同学协助。`,
    messages: [{ text: '证件号码重复', verbatim: true, where: '注册完成后，系统发现信息重复时' }],
    parts: [
      {
        id: 'overview',
        title: '四种验证途径',
        blocks: [
          {
            type: 'paragraph',
            text: '完成注册后，系统会要求验证信息，有四种途径。学院指南详细说明了下面三种，按推荐顺序排列；页面上的其他途径请按学信网的提示操作。',
          },
          {
            type: 'screen',
            caption: '指南此处的截图（已遗失）',
            lines: ['完成注册后的验证页面，列出四种验证途径供选择。'],
          },
        ],
      },
      {
        id: 'record',
        title: '（1）提供学籍学历信息',
        badge: '优先推荐使用',
        blocks: [
          { type: 'paragraph', text: '最快捷。只需要输入：' },
          {
            type: 'list',
            items: [
              `学校全称：${schoolConfig.fullName}`,
              `入学年份：${schoolConfig.enrollmentYear}`,
              '学号：你自己的学号',
            ],
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
            text: '通过已经审核通过的同班同学协助完成。',
          },
          {
            type: 'steps',
            title: '你要做的',
            steps: [
              {
                text: '在学信网上填写已经通过审核的同班同学的姓名和手机号，发出协助申请。',
                screen: '指南此处的截图是“同学协助”页面，要填写同学的姓名和手机号。',
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
                screen: '截图中“账号”在页面右上角。',
              },
              {
                text: '点击右上角“邮箱”，打开同学协助申请。',
                screen: '截图中是邮箱里的一条同学协助申请。',
              },
              { text: '点击“是”。', screen: '截图中申请下方有“是”的按钮。' },
              { text: '该名同学审核完成。' },
            ],
          },
        ],
      },
      {
        id: 'app',
        title: '（3）APP 自助验证',
        blocks: [
          { type: 'paragraph', text: '通过上传本人手持身份证照片解决。' },
          {
            type: 'steps',
            steps: [
              {
                text: '注册完成后，如果系统发现所注册的信息存在“证件号码重复”，页面上会有相关链接。',
                screen: '指南此处的截图中，相关链接用红圈标出。',
              },
              { text: '直接点击这个链接，进入申请审核页面。' },
              {
                text: '上传本人手持身份证照片，提交系统进行账户重置。',
                screen: '指南此处有一张照片格式要求的截图（已遗失），请按页面上写的要求拍照。',
              },
              { text: '具体操作依据网上提示，依次完成。' },
            ],
          },
          {
            type: 'notice',
            level: 'info',
            text: '也有资料说，APP 可能改为要求人脸比对，请按 APP 上的提示完成。',
            source: PUBLIC_SOURCE,
          },
        ],
      },
    ],
    related: [
      { text: '2. 注册时提示证件号码已被注册', to: { kind: 'problem', id: 2 } },
      { text: '8. 身份证被征兵部门注册过', to: { kind: 'problem', id: 8 } },
    ],
    sources: [SEED_SOURCE, PUBLIC_SOURCE],
    checkedOn,
  },
  {
    id: 4,
    title: '如何找回学信档案的用户名和密码？',
    symptom: '忘了用户名或密码，想找回来',
    answer: '通过本人用户登录找回：先找回用户名，再找回密码。',
    messages: [
      {
        text: '密码重置成功，系统已经将重置链接发送到你的邮箱',
        verbatim: false,
        where: '用邮箱找回密码时',
      },
    ],
    parts: [
      {
        id: 'username',
        title: '先找回用户名',
        blocks: [
          { type: 'copy-chsi' },
          {
            type: 'steps',
            steps: [
              { text: `第一步：登录学信网 ${schoolConfig.chsiUrl}` },
              { text: '第二步：选择“找回用户名”。' },
              { text: '第三步：填写证件号码和姓名。' },
              {
                text: '第四步：页面上显示的就是你的用户名。密码不记得了，就点击后面的“找回密码”。',
                screen: '指南截图中用红色圈出的就是用户名。',
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
    ],
    related: [
      { text: '6. 找回用户名提示请求被取消', to: { kind: 'problem', id: 6 } },
      { text: '7. 注册时的邮箱已无法使用', to: { kind: 'problem', id: 7 } },
      { text: '1. 找回用户名时显示被注册过', to: { kind: 'problem', id: 1 } },
    ],
    sources: [SEED_SOURCE],
    checkedOn,
  },
  {
    id: 5,
    title: '学生已经看到自己的学籍信息，但是依然在未查名单中？',
    symptom: '已经看过学籍，却还在学校的未查名单上',
    answer: '重新登录再查询一次，随意浏览别的模块，再点“退出”正常退出。',
    messages: [{ text: '未查名单', verbatim: false, where: '学校通知的名单' }],
    parts: [
      {
        id: 'solution',
        title: '解决办法',
        blocks: [
          { type: 'copy-chsi' },
          {
            type: 'steps',
            steps: [
              { text: '重新登录学信网。' },
              { text: '再进入学信档案查询一次。' },
              { text: '随意点击浏览一下别的模块。' },
              { text: '再点击“退出”功能控件，正常退出。' },
            ],
          },
        ],
      },
    ],
    related: [{ text: '登录并核对学籍', to: { kind: 'section', id: 'login', part: 'logout' } }],
    sources: [SEED_SOURCE],
    checkedOn,
  },
  {
    id: 6,
    title: `想找回用户名，提示证件和姓名不符合，再输入几次后提示：${MSG_REQUEST_CANCELLED}，该怎么办？`,
    symptom: `找回用户名时提示“${MSG_REQUEST_CANCELLED}”`,
    answer: '如果几次都不能找回用户名，可以重新注册。',
    messages: [
      { text: '证件和姓名不符合', verbatim: false, where: '找回用户名时' },
      { text: MSG_REQUEST_CANCELLED, verbatim: true, where: '找回用户名，输入几次之后' },
    ],
    parts: [
      {
        id: 'solution',
        title: '解决办法',
        blocks: [
          { type: 'paragraph', text: '如果几次都不能找回用户名，可以重新注册。' },
          {
            type: 'notice',
            level: 'tip',
            text: '姓名要用简体字、与录取时一致；证件号码中间不要有空格。',
          },
          {
            type: 'link',
            link: { text: '重新注册', to: { kind: 'section', id: 'register' } },
          },
        ],
      },
    ],
    related: [
      { text: '9. 注意姓名和证件号的写法', to: { kind: 'problem', id: 9, part: 'notes' } },
      { text: '4. 如何找回用户名和密码', to: { kind: 'problem', id: 4 } },
    ],
    sources: [SEED_SOURCE],
    checkedOn,
  },
  {
    id: 7,
    title: '注册时用的邮箱已无法使用，邮箱填错了怎么办？',
    symptom: '注册时的邮箱用不了，或者填错了',
    answer: '还记得账号密码就修改绑定的邮箱；忘了就重新注册一个新账号。',
    messages: [],
    parts: [
      {
        id: 'solution',
        title: '解决办法',
        blocks: [
          {
            type: 'list',
            items: [
              '还记得账号和密码：登录后修改绑定的邮箱。',
              '不幸忘记了账号或密码：重新注册一个新的账号。',
            ],
          },
          {
            type: 'notice',
            level: 'warning',
            text: 'sohu 邮箱无法接收学信网邮件，请使用其他有效邮箱。',
          },
          {
            type: 'link',
            link: { text: '重新注册', to: { kind: 'section', id: 'register' } },
          },
        ],
      },
    ],
    related: [{ text: '4. 如何找回用户名和密码', to: { kind: 'problem', id: 4 } }],
    sources: [SEED_SOURCE],
    checkedOn,
  },
  {
    id: 8,
    title: '在学信网账号注册中学生身份证已被征兵部门注册过，如何处理？',
    symptom: '身份证号被征兵网（兵役登记）注册过',
    answer: '在“证件号码已注册”提示下勾选“我要重新注册”，填完其他项目后注册。',
    messages: [
      { text: '证件号码已注册', verbatim: true, where: '注册页面，证件号码一栏旁' },
      {
        text: 'sohu邮箱无法接收本网邮件，请使用其他有效邮箱',
        verbatim: true,
        where: '注册页面，安全邮箱一栏旁',
      },
    ],
    parts: [
      {
        id: 'solution',
        title: '解决办法',
        blocks: [
          {
            type: 'steps',
            steps: [
              {
                text: '学信网提示“证件号码已注册”时，勾选“我要重新注册”。',
                screen:
                  '指南里的示例页面：证件号码一栏旁是红字“证件号码已注册”，下面有一段友情提示和三个选项。',
              },
              { text: '依次填写完成其他项目。' },
              { text: '选择“注册”，完成账号注册。' },
            ],
          },
          {
            type: 'screen',
            caption: '提示下方的文字',
            lines: [
              '友情提示：如果选择“我要重新注册”，管理员审核后证件号码关联的旧账号将被注销掉，旧账号将不能用于征兵、研招报名。',
              '· 我要重新注册',
              '· 如果您用过 图像校对、学信档案、兵役登记/应征报名 可使用原帐号登录',
              '· 如果您忘记了注册信息，可以尝试 找回密码、找回用户名',
            ],
          },
          {
            type: 'notice',
            level: 'warning',
            title: '旧账号会被注销',
            text: '选择“我要重新注册”后，管理员审核后旧账号将被注销，不能再用于征兵、研招报名。还记得旧账号的，也可以直接用原账号登录。',
          },
          {
            type: 'notice',
            level: 'warning',
            title: '安全邮箱',
            text: 'sohu 邮箱无法接收学信网邮件，请使用其他有效邮箱。',
          },
          {
            type: 'notice',
            level: 'tip',
            text: '同一个学信网账号也用于全国征兵网。想保留原账号的，可以先试试找回用户名和密码。',
            source: PUBLIC_SOURCE,
          },
        ],
      },
    ],
    related: [
      { text: '2. 注册时提示证件号码已被注册', to: { kind: 'problem', id: 2 } },
      { text: '4. 如何找回用户名和密码', to: { kind: 'problem', id: 4 } },
    ],
    sources: [SEED_SOURCE, PUBLIC_SOURCE],
    checkedOn,
  },
  {
    id: 9,
    title: '如何解决注册中提示手机号码重复问题？',
    symptom: '注册时提示“手机号已存在”',
    answer: '直接在“手机号已存在”提示后勾选“继续注册”。',
    messages: [{ text: '手机号已存在', verbatim: true, where: '注册页面，手机号一栏旁' }],
    parts: [
      {
        id: 'solution',
        title: '解决办法',
        blocks: [
          {
            type: 'paragraph',
            text: '直接在“手机号已存在”提示后勾选“继续注册”。',
          },
          {
            type: 'screen',
            caption: '提示下方的文字',
            lines: [
              '手机号已存在',
              '您可以：1. 用该手机号登录　2. 用手机找回密码　3. 继续注册?（选择继续注册旧帐号将不可用）',
              '密码由6-30位的英文字母、数字和特殊字符组成，请使用强度较高的密码',
            ],
          },
          {
            type: 'notice',
            level: 'warning',
            text: '选择“继续注册”后，这个手机号关联的旧账号将不可用。',
          },
        ],
      },
      {
        id: 'notes',
        title: '注意',
        blocks: [
          {
            type: 'list',
            items: [
              '自己输入的名字是否是繁体？要用简体字。',
              '输入的身份证号码有没有空格？号码要连贯。',
              '录取时和注册时用的是同一个名字；报到入校后自己改了名的，还是要以录取时的名字进行查询。',
            ],
          },
        ],
      },
    ],
    related: [
      { text: '注册页面逐项说明', to: { kind: 'section', id: 'register', part: 'form' } },
      { text: '2. 注册时提示证件号码已被注册', to: { kind: 'problem', id: 2 } },
    ],
    sources: [SEED_SOURCE],
    checkedOn,
  },
];

/** Used by the contact line on every page. */
export const CONTACT_TEXT = `核对中发现信息不符，请及时联系${contactName(schoolConfig)}。`;
