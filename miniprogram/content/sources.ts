// Where the guide's facts come from. The college's guide is the source of everything unless a
// claim names one of the outside sources below: each is a published page an editor can open and
// check (organisation, title, year, URL). University notices (.edu.cn) and national media only;
// never content farms or mirrors, which copy without owner or date. None was read on CHSI itself.
import { schoolConfig } from './school-config';
import { staffConfig, type GuideSource } from './staff-config';
import type { Block, Part, PublicSource, SeedSource, Source } from './types';

const GUIDE: GuideSource = staffConfig.guideSource;

/** The original guide, credited to whoever wrote it (a setting of its own, not the college's name). */
export const SEED_SOURCE: SeedSource = {
  kind: 'seed',
  ref: `${GUIDE.organisation}《${GUIDE.title}》（${GUIDE.label}，${String(GUIDE.year)} 年）`,
};

/**
 * How running text names that guide: "学院指南" when the configured college wrote it, else the
 * author's name, so a second college never presents another college's guide as its own.
 */
export const GUIDE_NAME =
  GUIDE.organisation === schoolConfig.fullName ? '学院指南' : `${GUIDE.organisation}的指南`;

/** The same with its year: 学院指南（2022 年）. */
export const GUIDE_SHORT_NAME = `${GUIDE_NAME}（${String(GUIDE.year)} 年）`;

function source(fields: Omit<PublicSource, 'kind'>): PublicSource {
  return { kind: 'public', ...fields };
}

/** Every outside source the content cites, by a stable key. */
export const SOURCES = {
  haue2025: source({
    id: 'haue2025',
    organisation: '河南工程学院教务处',
    title: '2025级新生学籍自查有关事项',
    titleExact: false,
    docType: '通知',
    year: 2025,
    url: 'http://jwc.haue.edu.cn/info/1005/4489.htm',
  }),
  scu2021: source({
    id: 'scu2021',
    organisation: '四川大学教务处',
    title: '关于开展2021级本科新生学籍信息自查的通知',
    titleExact: true,
    docType: '通知',
    year: 2021,
    url: 'https://jwc.scu.edu.cn/old/info/1058/8140.htm',
  }),
  nnudy2025: source({
    id: 'nnudy2025',
    // The page's text was read; its header (the university's name) was not.
    organisation: '高校教务处（jwc.nnudy.edu.cn）',
    title: '2025年入学新生教务系统、学信网信息自查',
    titleExact: false,
    docType: '通知',
    year: 2025,
    url: 'http://jwc.nnudy.edu.cn/c211/20251024/i43077.html',
  }),
  hnist2020: source({
    id: 'hnist2020',
    organisation: '湖南理工学院机电系',
    title: '新生学信网注册异常若干情况处理办法',
    titleExact: true,
    docType: '说明',
    year: 2020,
    url: 'https://nhjd.hnist.cn/info/1034/2763.htm',
  }),
  lcudcc2023: source({
    id: 'lcudcc2023',
    organisation: '聊城大学东昌学院教务处',
    title: '关于做好学生学籍信息核对及自查工作的通知',
    titleExact: false,
    docType: '通知',
    year: 2023,
    url: 'http://jwc.lcudcc.edu.cn/info/1179/2682.htm',
  }),
  moe2004: source({
    id: 'moe2004',
    organisation: '教育部（央视国际报道）',
    title: '教育部：高教信息网是中国学历查询惟一网站',
    titleExact: true,
    docType: '声明',
    year: 2004,
    url: 'https://big5.cctv.com/gate/big5/news.cctv.com/news/science/20040708/102619.shtml',
  }),
  hanzi2013: source({
    id: 'hanzi2013',
    organisation: '大众网（河北新闻网转载）',
    title: '《通用规范汉字表》公布 45个异体字转为规范字',
    titleExact: true,
    docType: '报道',
    year: 2013,
    url: 'http://news.hebei.com.cn/system/2013/08/21/012943535.shtml',
  }),
} as const satisfies Record<string, PublicSource>;

export const ALL_PUBLIC_SOURCES: readonly PublicSource[] = Object.values(SOURCES);

/** The short line a student reads under a claim: "据河南工程学院教务处 2025 年通知". */
export function citeLine(source: PublicSource): string {
  const gap = source.organisation.endsWith('）') ? '' : ' ';
  return `据${source.organisation}${gap}${String(source.year)} 年${source.docType}`;
}

/** One entry of the 资料来源 list: organisation, title, year and the address to check it. */
export function referenceLine(source: PublicSource): string {
  const title = source.titleExact ? `《${source.title}》` : `“${source.title}”（标题据正文概括）`;
  return `${source.organisation}，${title}，${String(source.year)} 年，${source.url}`;
}

/** The footer's lines: the guide, then each outside source in full. */
export function sourceLines(sources: readonly Source[]): string[] {
  return sources.map((source) =>
    source.kind === 'seed' ? `来源：${source.ref}` : `另据：${referenceLine(source)}`,
  );
}

/** The guide plus every outside source a page's notices cite, in order, each once. */
export function sourcesOf(parts: readonly Part[]): Source[] {
  const cited = parts
    .flatMap((part) => part.blocks)
    .flatMap((block: Block) => (block.type === 'notice' && block.source ? [block.source] : []));
  return [SEED_SOURCE, ...cited.filter((source, index) => cited.indexOf(source) === index)];
}

/**
 * The day the content was last compared with its sources (the college's guide and the pages
 * above). It is NOT a date on which anything was checked on CHSI: no CHSI page could be reached.
 */
export const CONTENT_CHECKED_ON = '2026-12-01';

/** What the footer says about that date, honestly. */
export const CHECKED_ON_NOTE = `核对日期指本页内容最后一次与${GUIDE_NAME}和所列资料对照的日期，不是在学信网上核实的日期；学信网页面如有不同，以学信网为准。`;
