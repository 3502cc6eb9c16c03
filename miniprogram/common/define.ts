// The one way a component is defined (like Vant's VantComponent), and the core definePage
// (define-page.ts) builds on: Component() with `this` typed from the data, properties and methods
// given (no casts, no TrivialInstance), the shared link behaviour (onOpen) added once, and a MobX
// store bound through `storeBindings` when asked (a few lines doing what the app used of
// mobx-miniprogram-bindings, whose 6 KiB the main package could not spare). It loads no content,
// so the smallest component does not pull in the guide.
import { reaction, toJS } from 'mobx-miniprogram';
import { linkBehavior, type LinkMethods } from './link';

type DataOption = WechatMiniprogram.Component.DataOption;
type PropertyOption = WechatMiniprogram.Component.PropertyOption;
type MethodOption = WechatMiniprogram.Component.MethodOption;
/** No data, properties or methods (the typings' own default is `{}`). */
// eslint-disable-next-line @typescript-eslint/no-generated-empty-object-type
export type Empty = Record<never, never>;

/** A MobX store bound to the view: each field in `fields` appears in `this.data` and the WXML. */
export interface StoreBinding<Store, Field extends keyof Store> {
  readonly store: Store;
  readonly fields: readonly Field[];
  /** Template handler name → store method name, bound by mobx-miniprogram-bindings. */
  readonly actions?: Readonly<Record<string, keyof Store & string>>;
}

/**
 * `this` inside a page or component defined here: the typings' instance pieces (spelled out
 * rather than through Component.Instance, whose parameters differ between typings versions).
 */
export type ViewInstance<
  TData extends DataOption,
  TProperty extends PropertyOption,
  TMethod extends MethodOption,
  TIsPage extends boolean,
> = WechatMiniprogram.Component.InstanceProperties &
  WechatMiniprogram.Component.InstanceMethods<TData> &
  TMethod &
  LinkMethods &
  (TIsPage extends true ? WechatMiniprogram.Page.ILifetime : Empty) & {
    data: TData & WechatMiniprogram.Component.PropertyOptionToData<TProperty>;
    properties: TData & WechatMiniprogram.Component.PropertyOptionToData<TProperty>;
  };

export type ViewOptions<
  TData extends DataOption,
  TProperty extends PropertyOption,
  TMethod extends MethodOption,
  TStore,
  TField extends keyof TStore,
  TIsPage extends boolean,
> = Partial<WechatMiniprogram.Component.Data<TData>> &
  Partial<WechatMiniprogram.Component.Property<TProperty>> &
  Partial<WechatMiniprogram.Component.Method<TMethod, TIsPage>> &
  Partial<WechatMiniprogram.Component.OtherOption> &
  Partial<WechatMiniprogram.Component.Lifetimes> & {
    /** Extra behaviours; the link behaviour (and the store's) come first. */
    readonly behaviors?: readonly string[];
    readonly storeBindings?: StoreBinding<TStore, TField>;
  } & ThisType<
    ViewInstance<TData & { readonly [Key in TField]: TStore[Key] }, TProperty, TMethod, TIsPage>
  >;

/**
 * Each bound field follows the store into `this.data` (set at once when attached, then on every
 * change, as a plain copy); each action calls the store's method. Reactions end on detach.
 */
function storeBehavior(binding: StoreBinding<object, never>): string {
  const store = binding.store as Record<string, unknown>;
  const disposers = new WeakMap<object, (() => void)[]>();
  const methods: Record<string, (...args: unknown[]) => unknown> = {};
  for (const [name, action] of Object.entries(binding.actions ?? {})) {
    methods[name] = (...args: unknown[]) =>
      (store[action] as (...values: unknown[]) => unknown).apply(store, args);
  }
  return Behavior({
    methods,
    lifetimes: {
      attached(this: { setData(data: Record<string, unknown>): void }) {
        const fields = binding.fields as readonly string[];
        disposers.set(
          this,
          fields.map((field) =>
            reaction(
              () => store[field],
              (value) => {
                this.setData({ [field]: toJS(value) });
              },
              { fireImmediately: true },
            ),
          ),
        );
      },
      detached(this: object) {
        disposers.get(this)?.forEach((dispose) => {
          dispose();
        });
        disposers.delete(this);
      },
    },
  });
}

/**
 * Component() with the shared behaviours. `pageShare` marks a page: it becomes the page's
 * onShareAppMessage unless the page defines its own.
 */
export function defineView(
  options: Record<string, unknown>,
  pageShare?: (this: unknown) => WechatMiniprogram.Page.ICustomShareContent,
): string {
  const { behaviors, storeBindings, ...rest } = options as {
    behaviors?: readonly string[];
    storeBindings?: StoreBinding<object, never>;
    options?: WechatMiniprogram.Component.ComponentOptions;
    methods?: Record<string, unknown>;
  } & Record<string, unknown>;
  const shared = storeBindings ? [storeBehavior(storeBindings), linkBehavior] : [linkBehavior];
  const definition: Record<string, unknown> = {
    ...rest,
    behaviors: [...shared, ...(behaviors ?? [])],
  };
  // Components take the app's classes (app.wxss), as Vant's do; pages have them anyway.
  if (!pageShare) definition.options = { addGlobalClass: true, ...rest.options };
  if (pageShare && typeof rest.methods?.onShareAppMessage !== 'function') {
    definition.methods = { ...rest.methods, onShareAppMessage: pageShare };
  }
  return Component(definition as WechatMiniprogram.Component.TrivialOption);
}

/** A reusable component: `properties` typed into `this.data`, the app's classes applied. */
export function defineComponent<
  TData extends DataOption = Empty,
  TProperty extends PropertyOption = Empty,
  TMethod extends MethodOption = Empty,
  TStore = Empty,
  TField extends keyof TStore = never,
>(options: ViewOptions<TData, TProperty, TMethod, TStore, TField, false>): string {
  return defineView(options as Record<string, unknown>);
}
