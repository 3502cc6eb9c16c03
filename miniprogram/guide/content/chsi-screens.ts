// CHSI's pages, drawn schematically (示意图) in place of the guide's lost screenshots. A page's
// content names a screen and the control to ring; one component (guide/components/chsi-screen) draws
// them. Screens marked `from: 'guide'` are drawn from the form text the guide itself transcribes;
// `from: 'position'` screens only show where a control sits, so they say 以学信网实际页面为准.
import { schoolConfig } from '../../content/school-config';

/** One line of a drawn CHSI page. Controls that can be ringed carry an `id`. */
export type ChsiElement =
  /** The page's top bar: the site's name on the left, shortcuts on the right. */
  | { readonly kind: 'bar'; readonly items: readonly ChsiControl[] }
  /** A heading line at the top of a form. */
  | { readonly kind: 'heading'; readonly text: string; readonly link?: ChsiControl }
  /** A labelled input: its value or placeholder, a button beside it, a red message under it. */
  | {
      readonly kind: 'field';
      readonly id?: string;
      readonly label: string;
      readonly required?: boolean;
      readonly value?: string;
      readonly placeholder?: string;
      readonly action?: ChsiControl;
      readonly message?: string;
      readonly hint?: string;
    }
  /** Plain small text on the page (a 友情提示, a rule under a field). */
  | { readonly kind: 'text'; readonly text: string }
  /** A tick box (or, with `link`, a link: no box), with the page's own words after it. */
  | {
      readonly kind: 'choice';
      readonly id: string;
      readonly label: string;
      readonly note?: string;
      readonly link?: boolean;
    }
  /** Entries shown side by side (tiles on the home page, the verification paths). */
  | { readonly kind: 'tiles'; readonly items: readonly ChsiControl[] }
  /** A message in the CHSI mailbox with the buttons under it. */
  | { readonly kind: 'mail'; readonly subject: string; readonly actions: readonly ChsiControl[] }
  /** A full-width button. */
  | { readonly kind: 'button'; readonly id: string; readonly label: string };

export interface ChsiControl {
  readonly id: string;
  readonly label: string;
}

export interface ChsiScreen {
  /** What the page is, e.g. 学信网 · 注册页面. */
  readonly title: string;
  /** 'guide': drawn from the guide's transcription; 'position': where the control sits only. */
  readonly from: 'guide' | 'position';
  readonly elements: readonly ChsiElement[];
}

export const POSITION_ONLY_NOTE = '只示意位置，以学信网实际页面为准';
/** Under screens drawn from the guide's 2022 transcription: today's page may differ. */
export const GUIDE_2022_NOTE = '按学院指南（2022 年）画的，以学信网页面为准';
export const DRAWN_LABEL = '示意图';

const PASSWORD_RULE = '密码由6-30位的英文字母、数字和特殊字符组成，请使用强度较高的密码';

export const CHSI_SCREENS = {
  home: {
    title: '学信网首页',
    from: 'position',
    elements: [
      {
        kind: 'bar',
        items: [
          { id: 'login', label: '登录' },
          { id: 'register', label: '注册' },
        ],
      },
      {
        kind: 'tiles',
        items: [
          { id: 'xueji', label: '学籍查询' },
          { id: 'archive', label: '学信档案' },
        ],
      },
    ],
  },
  'register-form': {
    title: '学信网 · 注册页面',
    from: 'guide',
    elements: [
      {
        kind: 'heading',
        text: '欢迎注册学信网账号',
        link: { id: 'login', label: '已有学信网账号 立即登录' },
      },
      { kind: 'field', id: 'phone', label: '手机号', required: true },
      {
        kind: 'field',
        id: 'code',
        label: '验证码',
        required: true,
        action: { id: 'get-code', label: '免费获取' },
      },
      { kind: 'field', id: 'password', label: '密码', required: true },
      { kind: 'field', label: '密码确认', required: true },
      {
        kind: 'field',
        id: 'name',
        label: '姓名',
        required: true,
        hint: '填写与高考信息一致的真实姓名和身份证号（证件号后面的X一律大写）',
      },
      { kind: 'field', label: '证件类型', required: true, value: '居民身份证' },
      { kind: 'field', id: 'id-number', label: '证件号码', required: true },
      { kind: 'field', id: 'email', label: '安全邮箱', placeholder: '请使用有效邮箱' },
      { kind: 'field', label: '密保问题1', placeholder: '请选择　答案' },
      { kind: 'field', label: '密保问题2', placeholder: '请选择　答案' },
      { kind: 'field', label: '密保问题3', placeholder: '请选择　答案' },
      { kind: 'choice', id: 'terms', label: '我已阅读并同意服务条款' },
      { kind: 'button', id: 'submit', label: '立即注册' },
    ],
  },
  'register-id-taken': {
    title: '学信网 · 注册页面（证件号码已注册）',
    from: 'guide',
    elements: [
      { kind: 'field', label: '证件类型', required: true, value: '居民身份证' },
      {
        kind: 'field',
        id: 'id-number',
        label: '证件号码',
        required: true,
        placeholder: '你的身份证号',
        message: '证件号码已注册',
      },
      {
        kind: 'text',
        text: '友情提示：如果选择“我要重新注册”，管理员审核后证件号码关联的旧账号将被注销掉，旧账号将不能用于征兵、研招报名。',
      },
      { kind: 'choice', id: 'reregister', label: '我要重新注册' },
      {
        kind: 'choice',
        id: 'old-account',
        label: '如果您用过 图像校对、学信档案、兵役登记/应征报名 可使用原帐号登录',
        link: true,
      },
      {
        kind: 'choice',
        id: 'recover',
        label: '如果您忘记了注册信息，可以尝试 找回密码、找回用户名',
        link: true,
      },
      {
        kind: 'field',
        id: 'email',
        label: '安全邮箱',
        required: true,
        placeholder: '你的邮箱',
        message: 'sohu邮箱无法接收本网邮件，请使用其他有效邮箱',
      },
    ],
  },
  'register-phone-taken': {
    title: '学信网 · 注册页面（手机号已存在）',
    from: 'guide',
    elements: [
      {
        kind: 'field',
        id: 'phone',
        label: '手机号',
        required: true,
        placeholder: '你的手机号',
        message: '手机号已存在',
      },
      { kind: 'text', text: '您可以：' },
      { kind: 'choice', id: 'login', label: '1. 用该手机号登录', link: true },
      { kind: 'choice', id: 'recover', label: '2. 用手机找回密码', link: true },
      {
        kind: 'choice',
        id: 'continue',
        label: '3. 继续注册?',
        note: '（选择继续注册旧帐号将不可用）',
      },
      { kind: 'field', label: '校验码', required: true },
      { kind: 'field', id: 'password', label: '密码', required: true, hint: PASSWORD_RULE },
    ],
  },
  'verify-paths': {
    title: '学信网 · 注册后验证信息',
    from: 'position',
    elements: [
      { kind: 'text', text: '系统要求验证信息，有四种途径：' },
      {
        kind: 'tiles',
        items: [
          { id: 'record', label: '提供学籍学历信息' },
          { id: 'classmate', label: '使用大学同班同学协助' },
          { id: 'app', label: 'APP 自助验证' },
        ],
      },
    ],
  },
  'verify-record': {
    title: '学信网 · 提供学籍学历信息',
    from: 'position',
    elements: [
      {
        kind: 'field',
        id: 'school-name',
        label: '学校全称',
        placeholder: schoolConfig.fullName,
      },
      {
        kind: 'field',
        id: 'enrollment-year',
        label: '入学年份',
        placeholder: String(schoolConfig.enrollmentYear),
      },
      { kind: 'field', id: 'student-number', label: '学号', placeholder: '你自己的学号' },
    ],
  },
  'logged-in': {
    title: '学信网 · 登录后',
    from: 'position',
    elements: [
      { kind: 'bar', items: [{ id: 'account', label: '账号' }] },
      {
        kind: 'tiles',
        items: [
          { id: 'archive', label: '学信档案' },
          { id: 'xueji', label: '学籍查询' },
        ],
      },
    ],
  },
  'classmate-account': {
    title: '学信网 · 协助的同学登录后',
    from: 'position',
    elements: [
      { kind: 'bar', items: [{ id: 'account', label: '账号' }] },
      { kind: 'text', text: '点右上角的“账号”快捷方式。' },
    ],
  },
  'classmate-mailbox': {
    title: '学信网 · 账号页面',
    from: 'position',
    elements: [
      { kind: 'bar', items: [{ id: 'mailbox', label: '邮箱' }] },
      { kind: 'text', text: '点右上角的“邮箱”，打开同学协助申请。' },
    ],
  },
  'classmate-request': {
    title: '学信网 · 邮箱',
    from: 'position',
    elements: [{ kind: 'mail', subject: '同学协助申请', actions: [{ id: 'yes', label: '是' }] }],
  },
} as const satisfies Record<string, ChsiScreen>;

export type ChsiScreenId = keyof typeof CHSI_SCREENS;

type IdsIn<Element> = Element extends { readonly id: infer Id extends string }
  ? Id | NestedIds<Element>
  : NestedIds<Element>;
type NestedIds<Element> =
  | (Element extends { readonly items: readonly (infer Item)[] } ? IdsIn<Item> : never)
  | (Element extends { readonly actions: readonly (infer Item)[] } ? IdsIn<Item> : never)
  | (Element extends { readonly action: infer Item } ? IdsIn<Item> : never)
  | (Element extends { readonly link: infer Item } ? IdsIn<Item> : never);

/** The ids of the controls one screen draws: only these can be ringed. */
export type ChsiControlId<Screen extends ChsiScreenId> = IdsIn<
  (typeof CHSI_SCREENS)[Screen]['elements'][number]
>;

/** Which screen to draw and which control to ring; the type rejects a control it does not draw. */
export type ChsiScreenRing = {
  readonly [Screen in ChsiScreenId]: {
    readonly screen: Screen;
    readonly ring: ChsiControlId<Screen>;
  };
}[ChsiScreenId];

/** The label of a control on a screen, or undefined when the screen has no such control. */
export function controlLabel(screen: ChsiScreen, id: string): string | undefined {
  for (const element of screen.elements) {
    for (const control of controlsOf(element)) if (control.id === id) return control.label;
  }
  return undefined;
}

/** Every ringable control of one element. */
export function controlsOf(element: ChsiElement): readonly ChsiControl[] {
  switch (element.kind) {
    case 'bar':
    case 'tiles':
      return element.items;
    case 'mail':
      return element.actions;
    case 'heading':
      return element.link ? [element.link] : [];
    case 'field':
      return [
        ...(element.id ? [{ id: element.id, label: element.label }] : []),
        ...(element.action ? [element.action] : []),
      ];
    case 'choice':
    case 'button':
      return [{ id: element.id, label: element.label }];
    case 'text':
      return [];
  }
}

/** Every word a drawn screen shows (labels, values, messages, notes), for search and checks. */
export function screenTexts(screen: ChsiScreen): readonly string[] {
  return screen.elements.flatMap((element): string[] => {
    switch (element.kind) {
      case 'bar':
      case 'tiles':
        return element.items.map((item) => item.label);
      case 'heading':
        return [element.text, element.link?.label ?? ''];
      case 'field':
        return [
          element.label,
          element.value ?? '',
          element.placeholder ?? '',
          element.action?.label ?? '',
          element.message ?? '',
          element.hint ?? '',
        ];
      case 'text':
        return [element.text];
      case 'choice':
        return [element.label, element.note ?? ''];
      case 'mail':
        return [element.subject, ...element.actions.map((action) => action.label)];
      case 'button':
        return [element.label];
    }
  });
}
