// The classmate's page for the assist card it was opened with: who is asking (checked values
// only), the day, and a notice when the card could not be read. Garbage never throws.
import { ASKER_TEXT, QUERY_NOTICE } from '../../content/assist';
import type { RawQuery } from '../../../core/query';
import { parseAssistQuery } from '../../../core/share-card';

export interface AssistPageView {
  /** Who is asking, from checked values only. */
  readonly asker: string;
  /** '申请日期：…' or ''. */
  readonly dayText: string;
  /** Shown when the card's query was unusable; the steps stay usable. */
  readonly notice: string;
  /** The request id for the reply card, or '' when the card could not be read. */
  readonly replyId: string;
}

export function assistPageView(query: RawQuery): AssistPageView {
  const parsed = parseAssistQuery(query);
  if (!parsed.ok) {
    return {
      asker: ASKER_TEXT.anonymous,
      dayText: '',
      notice: `${QUERY_NOTICE[parsed.error]}${ASKER_TEXT.stepsStillApply}`,
      replyId: '',
    };
  }
  const { requesterMask, day, id } = parsed.value;
  return {
    asker: requesterMask ? ASKER_TEXT.named(requesterMask) : ASKER_TEXT.anonymous,
    dayText: day ? ASKER_TEXT.day(day) : '',
    notice: '',
    replyId: id,
  };
}
