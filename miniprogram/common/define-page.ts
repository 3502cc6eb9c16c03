// definePage: defineView (define.ts) for a page, with the page lifetimes typed by the typings and
// the forwarded card every page needs (WeChat offers 转发 only on pages that define
// onShareAppMessage): the page's own `share`, or home's. Kept apart from define.ts so that
// components, which never forward, do not load the route table behind the cards.
import { defineView, type Empty, type ViewOptions } from './define';
import { HOME_SHARE, pageCard, type PageShare } from '../views/share';

/** The share types of the typings, for pages' own onShareAppMessage. */
export type ShareOptions = WechatMiniprogram.Page.IShareAppMessageOption;
export type ShareContent = WechatMiniprogram.Page.ICustomShareContent;

type PageOptions<
  TData extends WechatMiniprogram.Component.DataOption,
  TMethod extends WechatMiniprogram.Component.MethodOption,
  TStore,
  TField extends keyof TStore,
> = ViewOptions<TData, Empty, TMethod, TStore, TField, true> & {
  /**
   * What the page's forwarded card says and where it leads (read when the student forwards).
   * Without it (and without the page's own onShareAppMessage) the card is home's. The card
   * always carries a bundled picture, never a screenshot.
   */
  readonly share?: () => PageShare;
};

/** A page, built with Component() so it also runs under simulate: page lifetimes go in `methods`. */
export function definePage<
  TData extends WechatMiniprogram.Component.DataOption = Empty,
  TMethod extends WechatMiniprogram.Component.MethodOption = Empty,
  TStore = Empty,
  TField extends keyof TStore = never,
>(options: PageOptions<TData, TMethod, TStore, TField>): string {
  const { share, ...rest } = options as { share?: (this: unknown) => PageShare } & Record<
    string,
    unknown
  >;
  return defineView(rest, function (this: unknown): ShareContent {
    return pageCard(share ? share.call(this) : HOME_SHARE);
  });
}

/**
 * The data-* of the share button that was tapped (`open-type="share" data-kind="reply"`), or
 * undefined when the share came from the ··· menu. The typings leave `target` as any.
 */
export function shareButtonDataset(
  options: ShareOptions,
): Readonly<Record<string, unknown>> | undefined {
  if (options.from !== 'button') return undefined;
  const target: unknown = options.target;
  if (typeof target !== 'object' || target === null) return {};
  const dataset: unknown = (target as { dataset?: unknown }).dataset;
  return typeof dataset === 'object' && dataset !== null
    ? (dataset as Record<string, unknown>)
    : {};
}
