// What the preview's runtime finds on the page: WeChat's globals it defines for the app, the
// compiled templates and styles the build inlines, and what the e2e tests read back. The
// j-component / simulate / exparser internals it hooks have no typings.
declare module 'miniprogram-simulate';
declare module 'miniprogram-simulate/src/utils';
declare module 'j-component';
declare module 'j-component/src/tool/utils';
declare module 'miniprogram-exparser';

/* eslint-disable no-var, @typescript-eslint/no-explicit-any -- the app's own options and instances */
declare var wx: Record<string, any>;
declare var App: (options: any) => void;
declare var getApp: () => any;
declare var Page: (options?: Record<string, any>) => unknown;
declare var Component: (options: any) => unknown;
declare var Behavior: (options: any) => unknown;
declare var getCurrentPages: () => any[];

interface Window {
  __FILE_MAP__: Record<string, string>;
  __PREVIEW_GWX__: (path: string) => string | undefined;
  __PREVIEW_WXSS__: any;
  __transformRpx__: (value: number, width?: number) => number;
  __PREVIEW__: unknown;
  __PREVIEW_SHARES__: unknown[] | undefined;
  __PREVIEW_CLIPBOARD__: string | undefined;
}

interface EventTarget {
  __wxElement?: unknown;
  parentNode?: (Node & ParentNode) | null;
}
