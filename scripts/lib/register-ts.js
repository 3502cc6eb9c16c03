// @ts-check
// Lets Node scripts require the mini-program's TypeScript modules (route table, parsers, content),
// so staff tools and the app share one implementation. Types are stripped with TypeScript's own
// transpileModule; type checking is `npm run typecheck`'s job.
'use strict';
const fs = require('node:fs');
const ts = require('typescript');

/** @type {Record<string, (module: NodeJS.Module, filename: string) => void>} */
const extensions = /** @type {any} */ (require).extensions;

if (!extensions['.ts']) {
  extensions['.ts'] = (module, filename) => {
    const source = fs.readFileSync(filename, 'utf8');
    const { outputText } = ts.transpileModule(source, {
      fileName: filename,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2020,
        esModuleInterop: true,
        resolveJsonModule: true,
      },
    });
    /** @type {any} */ (module)._compile(outputText, filename);
  };
}
