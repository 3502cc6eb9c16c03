// The one-line face of each section and problem (what the home page lists), written once:
// sections.ts and problems.ts spread these in.
import type { ProblemId, SectionId } from './types';

/** The guide's list of what to check: open-ended (…民族等信息), so it is never "the six". */
export const CHECK_FIELDS = ['姓名', '性别', '身份证号', '学号', '专业', '民族'] as const;

/** The message problem 6 quotes; also used by search and the problem finder. */
export const MSG_REQUEST_CANCELLED = '请求被取消，不能频繁使用该功能';

export interface SectionSummary {
  readonly id: SectionId;
  /** The guide's heading, e.g. （一）注册. */
  readonly heading: string;
  readonly title: string;
  readonly summary: string;
}

export interface ProblemSummary {
  readonly id: ProblemId;
  /** The guide's own question. */
  readonly title: string;
  /** One line in the student's words, shown on the home page. */
  readonly symptom: string;
  /** The guide's answer in one line (解决办法); an irreversible step names its cost here too. */
  readonly answer: string;
}

export const SECTION_SUMMARIES: readonly SectionSummary[] = [
  {
    id: 'register',
    heading: '一、注册及登录 （一）注册',
    title: '注册学信网账号',
    summary: '打开学信网，选择“学籍查询”或“学信档案”，没有账号的先注册。',
  },
  {
    id: 'login',
    heading: '一、注册及登录 （二）登录',
    title: '登录并核对学籍',
    summary: '登录后打开“学信档案”，核对姓名、性别、身份证号等关键内容，最后正常退出。',
  },
];

export const PROBLEM_SUMMARIES: readonly ProblemSummary[] = [
  {
    id: 1,
    title: '忘了学信档案的用户名和密码，找回用户名时显示说被注册过，怎么办？',
    symptom: '忘了用户名和密码，找回用户名时又说被注册过',
    answer: '重新注册会注销旧账号：先按问题 4 试着找回，确实找不回再重新注册。',
  },
  {
    id: 2,
    title: '注册时提示身份证号已被使用，怎么办？',
    symptom: '注册时提示“证件号码已被注册”',
    answer:
      '注册过的用原账号登录或找回用户名。确实没注册过的才继续：审核通过后，这个身份证号的旧账号会被注销。',
  },
  {
    id: 3,
    title: '如何处理证件重号？',
    symptom: '注册后要验证“证件号码重复”，不知道选哪种办法',
    answer: '首选“提供学籍学历信息”（学校全称、入学年份、学号），其次请同班同学协助。',
  },
  {
    id: 4,
    title: '如何找回学信档案的用户名和密码？',
    symptom: '忘了用户名或密码，想找回来',
    answer: '在学信网登录页自己找回：先找回用户名，再找回密码。',
  },
  {
    id: 5,
    title: '学生已经看到自己的学籍信息，但是依然在未查名单中？',
    symptom: '已经看过学籍，却还在学校的未查名单上',
    answer: '重新登录再查询一次，随意浏览别的模块，再点“退出”正常退出。',
  },
  {
    id: 6,
    title: `想找回用户名，提示证件和姓名不符合，再输入几次后提示：${MSG_REQUEST_CANCELLED}，该怎么办？`,
    symptom: `找回用户名时提示“${MSG_REQUEST_CANCELLED}”`,
    answer:
      '先核对姓名（简体、录取时的名字）和证件号，隔一段时间再找回；仍不行，先发邮件问学信网客服；确实找不回才重新注册（会注销旧账号）。',
  },
  {
    id: 7,
    title: '注册时用的邮箱已无法使用，邮箱填错了怎么办？',
    symptom: '注册时的邮箱用不了，或者填错了',
    answer:
      '还记得账号密码就修改绑定的邮箱；忘了又找不回的，重新注册一个新账号（旧账号会被注销）。',
  },
  {
    id: 8,
    title: '在学信网账号注册中学生身份证已被征兵部门注册过，如何处理？',
    symptom: '身份证号被征兵网（兵役登记）注册过',
    answer:
      '能登录或找回原账号就用原账号。勾选“我要重新注册”会在审核后注销旧账号，征兵、研招报名也不能再用它。',
  },
  {
    id: 9,
    title: '如何解决注册中提示手机号码重复问题？',
    symptom: '注册时提示“手机号已存在”',
    answer:
      '勾选“继续注册”后旧账号将不可用：是你自己的账号就登录或找回密码；不是你的，才勾选“继续注册”。',
  },
  {
    id: 10,
    title: '登录了学信网，学信档案里却没有学籍，怎么办？',
    symptom: '登录了，学信档案里没有学籍',
    answer:
      '不用重新注册（重新注册会注销旧账号）：新生的学籍要等学校完成学籍电子注册后才能看到，按学校通知的时间再查。',
  },
];

function found<Item>(item: Item | undefined, what: string): Item {
  if (!item) throw new Error(`no summary for ${what}`);
  return item;
}

export function sectionSummary(id: SectionId): SectionSummary {
  return found(
    SECTION_SUMMARIES.find((item) => item.id === id),
    id,
  );
}

export function problemSummary(id: ProblemId): ProblemSummary {
  return found(
    PROBLEM_SUMMARIES.find((item) => item.id === id),
    String(id),
  );
}
