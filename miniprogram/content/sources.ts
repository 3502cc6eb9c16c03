// Where the guide's facts come from, and when they were last checked.
import type { Source } from './types';

export const SEED_SOURCE: Source = {
  kind: 'seed',
  ref: '学院《新生学信网学籍查询方法及常见问题处理办法》（附件 1）',
};

/** Facts from universities' published notices and reposts of CHSI help text, not read on CHSI. */
export const PUBLIC_SOURCE: Source = {
  kind: 'public',
  ref: '据公开资料：多所高校发布的通知及转载的学信网帮助说明，未在学信网上核实',
};

/** The day this content was last checked against its sources. */
export const CONTENT_CHECKED_ON = '2026-11-30';
