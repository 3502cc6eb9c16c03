// The password rules as a checklist the student reads before setting a password on CHSI: CHSI's
// rule and the original guide's advice, each with its reason. 填写前自查 never asks for the password
// itself: a CHSI password is typed on CHSI only, never into this or any other mini-program.

export const PASSWORD_MIN = 6;
export const PASSWORD_MAX = 30;

export interface PasswordRule {
  readonly key: 'chsi' | 'school' | 'half-width' | 'remember' | 'secret';
  readonly title: string;
  readonly text: string;
  readonly why: string;
}

/**
 * The checklist, with the advice credited to whoever wrote the guide (`guideName`: 学院指南 when
 * the configured college did, else the author's, as content/sources.ts names it).
 */
export function passwordRules(guideName: string): readonly PasswordRule[] {
  return [
    {
      key: 'chsi',
      title: '学信网的规则',
      text: `密码由 ${String(PASSWORD_MIN)}-${String(PASSWORD_MAX)} 位的英文字母、数字和特殊字符组成。`,
      why: '这是学信网注册页上的提示（指南问题 9 里抄录了这句）。',
    },
    {
      key: 'school',
      title: '指南的建议',
      text: '密码不要设置特殊字符或标点符号。',
      why: `${guideName}注册部分的注意第 4 条。只用字母和数字，手机和电脑上都好输入，中英文输入法下也不容易输错、记错。`,
    },
    {
      key: 'half-width',
      title: '用英文输入法',
      text: '输入密码前切换到英文（半角），中间不要有空格。',
      why: '全角字母和空格看起来差不多，登录时却对不上。',
    },
    {
      key: 'remember',
      title: '记下来',
      text: '把用户名（一般是手机号）、密码和邮箱记在只有你自己能看的地方。',
      why: '指南注意第 1 条：以后查学籍、查毕业学历都要用；学校没有权限帮你找回。',
    },
    {
      key: 'secret',
      title: '只在学信网上输入',
      text: '学信网密码只在学信网上设置和填写，不告诉别人，也不输入到本小程序里。',
      why: '别人知道了密码，就能看到你的学籍并冒用你的账号。',
    },
  ];
}
