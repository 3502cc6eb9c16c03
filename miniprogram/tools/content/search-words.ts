// What students type, as data for the search (tools/core/search.ts): their phrasings for each page
// and part, the word variants that mean the same, common typos, filler words, and the topics this
// app does not cover. Keyed by page and part ids ('p4', 'login.report'); test/content/
// search-words.test.ts checks that every key names a page or part that exists.
// Words are separated by spaces; 'a:b c' in a rule list maps each of b, c to a.
import type { SearchWords } from '../core/search';

/** Student phrasings per page ('p4') or part ('login.report'): a hit here opens that part. */
export const INTENTS: Readonly<Record<string, string>> = {
  register: '在哪注册 注册步骤 注册学信网 没有账号 第一次用学信网',
  login: '学信网登录 登录学信网 登录步骤',
  p1: '找回用户名被注册过 找回账号被注册过 找回被注册 找回账号已被注册 找回用户名已被注册',
  p2: '已被注册 证件号被注册 证件号被使用 证件号已注册过 别人用我证件号注册 没注册过却说注册过',
  'p2.never-registered': '客服审核 审核进度',
  p3: '证件重号 证件号重复 验证身份选哪个 要验证身份 验证途径',
  'p3.record':
    '学号在哪 学号哪里看 学号哪查 不知道学号 学号是多少 没有学号 学号从哪来 学校全称 学校名称怎么写 入学年份 学籍学历信息',
  'p3.classmate':
    '证件重复用户协助 同学协助 同学帮我验证 同学帮忙 同学点是 协助申请 一天几个 每天几个 每天只能申请 次数限制 次数用完 申请满 收到协助申请 帮同学验证 没收到申请 发送协助请求 用户协助',
  'p3.app': '手持证件照片 上传证件照片 刷脸 人脸识别 身份核验 核验不通过 app自助验证',
  p4: '忘密码 密码忘 忘用户名 用户名忘 忘账号 账号忘 不知道账号 不知道用户名 用户名是 找回密码 找回用户名 找回账号 重置密码 手机找回 改密码 密码错 密码输错 登录不了 学信网进不去 公众号找回 app找回',
  'p4.still-stuck': '找不回 客服电话 客服邮箱 学信网客服 学校能找回账号',
  p5: '未查名单 还在名单 看过还说没查 说我没查 说我没核对 查过还在名单 没查学籍',
  p6: '找回用户名姓名错 证件和姓名不符 姓名证件不符 姓名和证件不一致 姓名和证件号对不上 找回说姓名错 找回一直说不符 请求被取消 频繁使用 频繁操作',
  p7: '邮箱填错 邮箱停用 邮箱用不了 邮箱不能用 邮箱忘 邮箱收不到 换绑邮箱 改邮箱 安全邮箱忘',
  p8: '兵役登记 征兵网注册 征兵注册过 应征报名 当兵报名 参军报名 我要重新注册',
  'p8.old-account': '征兵网账号还能用',
  p9: '手机号已存在 手机号被占用 手机号被注册 手机号已被注册 手机号被别人注册 手机号被使用 手机号以前注册 手机号是别人 手机号重复 继续注册',
  'p9.notes': '繁体字 证件号有空格',
  'register.open': '学信网网址 学信网官网 学信网地址 假学信网 仿冒网站 注册过没有',
  'register.form':
    '注册填名字 名字注意 姓名格式 生僻字 证件最后一位x x大写 证件号有x 证件号格式 密码要求 密码怎么设 证件类型 sohu邮箱能用',
  'register.sms': '收不到验证码 验证码不来 验证码过期 验证码没反应 获取验证码',
  'register.notes': '浏览器 用手机查 手机能查 电脑查 学校找回账号',
  'login.open-record': '学籍在哪 学信档案在哪 怎么看学籍 怎么查学籍',
  p10: '查不到学籍 没有学籍 学籍是空 看不到学籍 暂无学籍 学籍没出来 学籍还没有 学籍什么时候能查 学籍查询没有结果 里面是空的',
  'login.check': '核对哪些 核对什么 看哪几项 学籍状态 注册学籍 录取照片在哪 暂无学历照片',
  'login.report':
    '信息错 民族错 姓名错 名字错 性别错 性别写反 证件号错 出生日期错 专业错 学号错 照片不是我 录取照片错 信息不一样 信息有误 学籍信息错 改信息 修改学籍 改学籍 要带什么材料 跟老师说 找哪个老师',
  'login.renamed': '改名 改名学籍 改名后用哪个名字 改名学籍怎么改',
  'login.logout': '退出 退出在哪 退出按钮 要退出吗 关掉网页',
  'login.deadline': '截止 截止日期 期限 最晚哪天 之前要查完 之前要核对完 几号之前',
};

/**
 * Spellings folded before anything else, in queries and in the guide: 号码/号, 帐/账, 身份证号/证件号.
 * 'to:from from'.
 */
export const SPELLINGS = '证件号:身份证号 号:号码 账:帐 登录:登陆 邮箱:email 电子邮箱 电子邮件';

/** Typos and wrong characters students type (queries only). */
export const TYPOS =
  '已存在:以存在 己存在 已被:以被 已注册:以注册 已经:以经 身份证:身分证 学籍:学藉 未查:末查 未察 验证:验正 兵役:兵疫 密码:密马 秘码 邮箱:邮相 协助:写助 请求:请球 重复:重付 哪里:那里 改名:该名 在哪:再哪 用户名:用户明';

/** Words that mean the same to a student, folded to one in queries and in the guide. */
export const SYNONYMS =
  '忘:忘记 忘了 忘掉 不记得 记不得 记不住 记不清 想不起 ' +
  '错:写错 弄错 填错 搞错 错了 错误 有误 不对 不正确 ' +
  '改名:改名字 改了名 改过名 改过名字 名字改过 改了名字 名字变了 名字改了 换了名字 曾用名 更名 ' +
  '登录不了:登不上 登录不上 登录不了 进不去 登录失败 无法登录 登不进 ' +
  '收不到:没收到 没有收到 收不到 发不过来 不来 接收不到 无法接收 不能接收 收不了 ' +
  '验证码:短信验证码 短信 验证码 ' +
  'sohu:搜狐 ' +
  '证件:身份证 ' +
  '是:是啥 是什么 是多少 ' +
  '已:已经 ' +
  '出生日期:出生年月 生日 ' +
  '大写:大写小写 大小写';

/** Words that carry nothing in a question (queries only). */
export const FILLER =
  '怎么办 咋办 怎么弄 咋弄 怎么回事 怎么 咋 如何 怎样 请问 为什么 为啥 是什么意思 什么意思 什么 一直 总是 老是 迟迟 后来 还是 ' +
  '啊 呀 吗 呢 吧 啦 哦 嘛 了 的 帮我 我 你 自己 都 也 又 就 好几次 一下 说 提示 显示 去';

/**
 * Topics this app does not cover: a query about one of them finds nothing (and gets the empty
 * state with the finder), unless it also names 学信网 or 学籍.
 */
export const FOREIGN =
  '教务系统 校园网 校园卡 饭卡 微信支付 支付宝 wifi 奖学金 助学 贷款 宿舍 学费 四六级 四级 六级 选课 军训 毕业证 专升本 转专业 休学 天气 食堂 图书馆 高考成绩 医保 补考 快递 入党';

/** A query that names one of these is about this app's topic even if it names a foreign one. */
export const IN_SCOPE = '学信 学籍 chsi';

/** Tappable suggestions on the search page (before searching, and when nothing was found). */
export const SUGGESTIONS: readonly string[] = [
  '忘记密码',
  '证件号码已被注册',
  '手机号已存在',
  '收不到验证码',
  '民族错了',
  '未查名单',
];

/** All of the above, as the search takes them. */
export const SEARCH_WORDS: SearchWords = {
  intents: INTENTS,
  spellings: SPELLINGS,
  typos: TYPOS,
  synonyms: SYNONYMS,
  filler: FILLER,
  foreign: FOREIGN,
  inScope: IN_SCOPE,
};
