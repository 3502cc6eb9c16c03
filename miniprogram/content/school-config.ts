// The one place a college changes for its own deployment. Every page and every piece of
// content reads these values; nothing else in miniprogram/ repeats them.

export interface SchoolConfig {
  /** Full official name, exactly as CHSI expects it in the 学籍学历信息 verification. */
  readonly fullName: string;
  /** Year of enrollment (入学年份) the freshmen enter on CHSI. */
  readonly enrollmentYear: number;
  /** Who students contact when a field of their record is wrong. */
  readonly contact: {
    readonly office: string;
    readonly person: string;
  };
  /** The CHSI address students copy; always the real domain, never a look-alike. */
  readonly chsiUrl: string;
  readonly chsiDomain: string;
  /** CHSI customer service e-mail (据公开资料); its phone number varies between sources, so none. */
  readonly chsiServiceEmail: string;
}

export const schoolConfig: SchoolConfig = {
  fullName: '四川西南航空职业学院',
  enrollmentYear: 2022,
  contact: { office: '教务处', person: '周娟老师' },
  chsiUrl: 'https://www.chsi.com.cn/',
  chsiDomain: 'chsi.com.cn',
  chsiServiceEmail: 'kefu@chsi.com.cn',
};

/** "教务处周娟老师": how the guide names the contact in running text. */
export function contactName(config: SchoolConfig = schoolConfig): string {
  return `${config.contact.office}${config.contact.person}`;
}
