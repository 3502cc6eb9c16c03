// Share cards of the classmate-assist flow and the parsers of the queries they carry, and the
// pictures every card uses (views/share.ts builds the other pages' cards). A card's path is
// readable and editable by anyone who receives it, so an assist card carries only a random
// request id, a masked name (张*) and a day; what comes back is parsed as untrusted input.
import { isDayKey, type DayKey } from './beijing-day';
import { REQUEST_ID_PATTERN, maskName } from './assist-label';
import { PAGES } from './page-paths';
import { decodeOnce, readQueryString, type RawQuery } from './query';
import { err, ok, type Result } from './result';

/** The typings' share content, with the title and path our cards always set. */
export type SharePayload = WechatMiniprogram.Page.ICustomShareContent & {
  readonly title: string;
  readonly path: string;
};

/** Bundled fallback when the card cannot be drawn on the phone. */
export const STATIC_CARD_IMAGE = '/helper/assets/assist-card.png';
/** Bundled fallback for the reply card (a ✓ on green). */
export const STATIC_REPLY_IMAGE = '/helper/assets/reply-card.png';
/** The picture of every guide page's card and of the generic card (a checklist, never a screenshot). */
export const STATIC_GUIDE_IMAGE = '/assets/guide-card.png';

export const ASSIST_CARD_TITLE = '请帮我完成学信网“同学协助”';
export const REPLY_CARD_TITLE = '我已在学信网点了“是”，同学协助完成';
export const APP_CARD_TITLE = '学信网学籍核对：注册、登录、常见问题';

/** The card a student sends to the classmate they asked on CHSI. */
export function assistCard(
  request: { readonly id: string; readonly day: DayKey },
  requesterMask: string,
  imageUrl: string,
): SharePayload {
  const mask = maskName(requesterMask);
  const name = mask ? `&n=${encodeURIComponent(mask)}` : '';
  return {
    title: ASSIST_CARD_TITLE,
    path: `${PAGES.assist}?r=${request.id}${name}&d=${request.day}`,
    imageUrl,
  };
}

/** The card the classmate sends back after tapping 是, with its drawn (or bundled) picture. */
export function replyCard(requestId: string, imageUrl: string = STATIC_REPLY_IMAGE): SharePayload {
  return { title: REPLY_CARD_TITLE, path: `${PAGES.classHelper}?done=${requestId}`, imageUrl };
}

export interface AssistCardQuery {
  readonly id: string;
  /** 张*, or '' when the card carried no name. */
  readonly requesterMask: string;
  /** YYYY-MM-DD, or '' when the card carried no day. */
  readonly day: DayKey;
}

export type CardQueryError = 'missing' | 'oversized' | 'malformed';

/** Longest raw value any of our cards writes (`n` is one percent-encoded character plus *). */
const MAX_RAW_LENGTH = 32;

type Field =
  { kind: 'absent' } | { kind: 'value'; value: string } | { kind: 'bad'; error: CardQueryError };

function field(query: RawQuery, key: string): Field {
  const raw = readQueryString(query, key, MAX_RAW_LENGTH);
  if (!raw.ok) {
    if (raw.error === 'absent' || raw.error === 'empty') return { kind: 'absent' };
    return { kind: 'bad', error: raw.error === 'too-long' ? 'oversized' : 'malformed' };
  }
  const decoded = decodeOnce(raw.value);
  return decoded.ok ? { kind: 'value', value: decoded.value } : { kind: 'bad', error: 'malformed' };
}

function requestId(query: RawQuery, key: string): Result<string, CardQueryError> {
  const id = field(query, key);
  if (id.kind === 'absent') return err('missing');
  if (id.kind === 'bad') return err(id.error);
  return REQUEST_ID_PATTERN.test(id.value) ? ok(id.value) : err('malformed');
}

/** Reads `?r=&n=&d=` from an assist card. Any field present but wrong rejects the whole card. */
export function parseAssistQuery(query: RawQuery): Result<AssistCardQuery, CardQueryError> {
  const id = requestId(query, 'r');
  if (!id.ok) return id;
  const name = field(query, 'n');
  const day = field(query, 'd');
  for (const candidate of [name, day]) {
    if (candidate.kind === 'bad') return err(candidate.error);
  }
  let requesterMask = '';
  if (name.kind === 'value') {
    if (maskName(name.value) !== name.value) return err('malformed');
    requesterMask = name.value;
  }
  let dayKey: DayKey = '';
  if (day.kind === 'value') {
    if (!isDayKey(day.value)) return err('malformed');
    dayKey = day.value;
  }
  return ok({ id: id.value, requesterMask, day: dayKey });
}

/** Reads `?done=<id>` from a reply card; 'missing' when the page was opened without one. */
export function parseReplyQuery(query: RawQuery): Result<string, CardQueryError> {
  return requestId(query, 'done');
}
