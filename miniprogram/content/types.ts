// The schema of the guide: sections, problems, parts, blocks, on-screen messages and sources.
// Pages render any of these generically, so adding content is a data change.
import type { ChsiScreenRing } from '../guide/content/chsi-screens';

import type { ProblemId } from './problems';
import type { SchoolTrouble } from './school-config';

/** Defined next to the problems' data (content/problems.ts). */
export type { ProblemId } from './problems';

export type SectionId = 'register' | 'login';

/** Where an internal link points. Resolved to a page URL by links.ts. */
export type LinkTarget =
  | { readonly kind: 'section'; readonly id: SectionId; readonly part?: string }
  | { readonly kind: 'problem'; readonly id: ProblemId; readonly part?: string }
  | { readonly kind: 'home' }
  | { readonly kind: 'class-helper' }
  /** A page of its own (the tools, the privacy page), by its key in content/links.ts PAGES. */
  | { readonly kind: 'page'; readonly page: 'precheck' | 'finder' | 'search' | 'privacy' };

export interface ContentLink {
  readonly text: string;
  readonly to: LinkTarget;
}

/** The college's guide: the source of every fact that names no other. */
export interface SeedSource {
  readonly kind: 'seed';
  /** Human-readable reference, shown under the content. */
  readonly ref: string;
}

/** A published page outside the guide (university notice, national media); never read on CHSI. */
export interface PublicSource {
  readonly kind: 'public';
  /** Stable key, e.g. haue2025. */
  readonly id: string;
  /** Who published it, e.g. 河南工程学院教务处. */
  readonly organisation: string;
  /** Its title; when `titleExact` is false, its subject in its own words (the title was not read). */
  readonly title: string;
  readonly titleExact: boolean;
  /** What kind of document: 通知, 报道, 声明, 说明. */
  readonly docType: string;
  readonly year: number;
  readonly url: string;
}

/**
 * A value the student must type on CHSI exactly. Chips copy the value itself, read from
 * school-config (one source): the CHSI address, the school's full name, the enrollment year.
 */
export type CopyValueId = 'chsi-url' | 'school-name' | 'enrollment-year';

/** One answer of a decision: tapping it opens the part `opens` (a part of the same page). */
export interface DecisionOption {
  readonly label: string;
  readonly opens: string;
  /**
   * For an answer that leads to a step that cannot be undone: what happens, shown on the button
   * itself (e.g. 旧账号将被注销), which is then drawn in the irreversible style.
   */
  readonly consequence?: string;
}

export type Source = SeedSource | PublicSource;

/**
 * tip: advice; warning: something that can go wrong; irreversible: the consequence of a step that
 * cannot be undone, shown before that step.
 */
export type NoticeLevel = 'tip' | 'warning' | 'irreversible';

/**
 * A step on CHSI that cannot be undone. Content marks the step itself with `irreversible`, its
 * consequence with a notice of level 'irreversible' and the same `action`, and the safer way with
 * `saferThan`; test/content/safe-order.test.ts checks that both come first on every page.
 */
export type IrreversibleAction =
  /** 我要重新注册 / 客服审核: the other accounts on this ID number are cancelled. */
  | 'reregister-id'
  /** 继续注册 after 手机号已存在: the old account on this phone number becomes unusable. */
  | 'continue-phone'
  /** Registering a new account after giving up the old one. */
  | 'register-anew';

/** Marks on a step, list item or paragraph that take part in the safe-order check. */
export interface OrderMarks {
  /** This item tells the student to do the irreversible action. */
  readonly irreversible?: IrreversibleAction;
  /** This item is the safer way (log in with the old account, recover it) for the action. */
  readonly saferThan?: IrreversibleAction;
}

export interface Step extends OrderMarks {
  readonly text: string;
  /** Extra explanation under the step. */
  readonly note?: string;
  /** In words, what the screenshot the guide had at this step showed (the pictures were lost). */
  readonly screen?: string;
}

export interface FormField {
  readonly label: string;
  readonly required: boolean;
  /** What goes in the field, in the guide's words. */
  readonly hint: string;
  /** The guide's warning for this field, if any. */
  readonly warning?: string;
  /**
   * A short warning pinned above the (collapsed) field list, for the few that matter most
   * (X 大写, 简体字, 不用 sohu 邮箱).
   */
  readonly pin?: string;
}

export type Block =
  | ({ readonly type: 'paragraph'; readonly text: string } & OrderMarks)
  | {
      readonly type: 'notice';
      readonly level: NoticeLevel;
      readonly title?: string;
      readonly text: string;
      /** Set for facts from outside the college's guide: shown as "据…" with the organisation. */
      readonly source?: PublicSource;
      /** For level 'irreversible': the action whose consequence this notice states. */
      readonly action?: IrreversibleAction;
    }
  | { readonly type: 'steps'; readonly title?: string; readonly steps: readonly Step[] }
  | { readonly type: 'list'; readonly title?: string; readonly items: readonly string[] }
  | { readonly type: 'screen'; readonly caption: string; readonly lines: readonly string[] }
  | { readonly type: 'fields'; readonly fields: readonly FormField[] }
  | ({ readonly type: 'link'; readonly link: ContentLink } & OrderMarks)
  | { readonly type: 'copy-chsi' }
  /** Copy chips, one per value the student types on CHSI; each copies exactly that value. */
  | { readonly type: 'copy'; readonly values: readonly CopyValueId[] }
  /** A question whose answers open their own parts (the parts listed are hidden until chosen). */
  | {
      readonly type: 'decision';
      readonly question: string;
      readonly options: readonly DecisionOption[];
    }
  /** A CHSI page drawn schematically (示意图) with the control to tap ringed; see chsi-screens.ts. */
  | ({ readonly type: 'chsi-screen'; readonly caption?: string } & ChsiScreenRing)
  /** A checklist with 对 / 不对 per item; 不对 opens `wrong` (what to do when an item is wrong). */
  | {
      readonly type: 'checklist';
      readonly title?: string;
      readonly items: readonly string[];
      readonly wrong: {
        readonly title: string;
        readonly text: string;
        /** The part of the same page with the contact and the ready-made message, and its button. */
        readonly part?: string;
        readonly button?: string;
      };
    }
  /** Who to contact for one kind of trouble, with the ready-made message (guide/content/contact-card.ts). */
  | {
      readonly type: 'contact';
      readonly trouble: TroubleKind;
      /** The problem this card sits on, so the ready-made message quotes its on-screen words. */
      readonly problem?: ProblemId;
    };

/**
 * The school's kinds (a wrong field of the 学籍, no 学籍 visible yet, still on 未查名单: the
 * school's contact for it) and account: registration, login, recovery (CHSI).
 */
export type TroubleKind = SchoolTrouble | 'account';

export interface Part {
  /** Stable anchor: `?part=<id>` opens the page scrolled to this part. */
  readonly id: string;
  readonly title: string;
  /** A short label such as 优先推荐使用. */
  readonly badge?: string;
  readonly blocks: readonly Block[];
}

/** A message exactly as CHSI shows it, so that searching the words on screen finds the fix. */
export interface OnScreenMessage {
  readonly text: string;
  /** True when the guide quotes the message verbatim; false when it only paraphrases it. */
  readonly verbatim: boolean;
  /** Where on CHSI the student sees it. */
  readonly where: string;
}

export interface Section {
  readonly id: SectionId;
  /** The guide's heading, e.g. （一）注册. */
  readonly heading: string;
  readonly title: string;
  readonly summary: string;
  readonly parts: readonly Part[];
  readonly sources: readonly Source[];
  /** ISO date the content was last checked against its sources. */
  readonly checkedOn: string;
}

/** The block a problem page acts with first: copy chips for what to type, or the question. */
export type ActionBlock = Extract<Block, { readonly type: 'copy' | 'decision' }>;

/**
 * 你现在要做的: what a problem page opens with, on its first screen — the answer in one sentence
 * (the problem's `answer`) and its first action.
 */
export interface NowPart {
  readonly action: ActionBlock;
  /** A few blocks that belong right with the action (a link, a short notice). */
  readonly more?: readonly Block[];
}

export interface Problem {
  readonly id: ProblemId;
  /** The guide's own question, e.g. 注册时提示身份证号已被使用，怎么办？ */
  readonly title: string;
  /** One line in the student's words, shown on the home page. */
  readonly symptom: string;
  /** The guide's answer in one line (解决办法). */
  readonly answer: string;
  readonly messages: readonly OnScreenMessage[];
  /** 你现在要做的, shown before every other part. */
  readonly now?: NowPart;
  readonly parts: readonly Part[];
  readonly related: readonly ContentLink[];
  readonly sources: readonly Source[];
  readonly checkedOn: string;
}
