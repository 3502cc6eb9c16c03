// Types for miniprogram-compiler (the official wcc/wcsc wrapper, used by the browser preview).
declare module 'miniprogram-compiler' {
  interface CompilerOptions {
    wxmlList?: string[];
    wxssList?: string[];
    maxBuffer?: number;
  }
  /** JavaScript source of a function body that returns $gwx(path) → template function. */
  export function wxmlToJs(rootPath: string, options?: CompilerOptions): string;
  /** JavaScript source of a function body that returns (path) → stylesheet injector. */
  export function wxssToJs(rootPath: string, options?: CompilerOptions): string | Error;
}
