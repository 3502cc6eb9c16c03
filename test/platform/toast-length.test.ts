/**
 * @jest-environment node
 */
// wx.showToast with icon 'none' shows at most two lines: about 14 characters at the largest text
// size before the rest is cut off. Every text the app can pass to a toast is found from the code
// (the checker's literal type of each argument at every toast call), so a new toast is checked
// without being listed here; a text the checker cannot pin down fails unless it is only passed on.
import * as path from 'node:path';
import * as ts from 'typescript';

const ROOT = path.resolve(__dirname, '../..');
const MAX_TOAST_CHARS = 14;

/** Functions whose argument at `index` becomes a toast's title. */
const TOAST_ARGUMENT: Readonly<Record<string, number>> = {
  showNotice: 0,
  copyText: 1,
  noticeSubpackageLoadErrors: 0,
  noticeNavigationFailures: 0,
};

/** Where a plain-string toast argument is allowed: the services that pass a caller's text on. */
const PASS_THROUGH = new Set([
  'miniprogram/services/toast.ts',
  'miniprogram/services/clipboard.ts',
  'miniprogram/services/lazy-load.ts',
  'miniprogram/services/navigation.ts',
]);

interface ToastText {
  readonly where: string;
  readonly texts: readonly string[] | 'not-a-constant';
}

function program(): ts.Program {
  const configFile = ts.readConfigFile(path.join(ROOT, 'tsconfig.json'), (file) =>
    ts.sys.readFile(file),
  );
  const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, ROOT);
  const files = parsed.fileNames.filter((file) => file.includes('/miniprogram/'));
  return ts.createProgram(files, parsed.options);
}

function literalTexts(type: ts.Type): string[] | undefined {
  const parts = type.isUnion() ? type.types : [type];
  const texts: string[] = [];
  for (const part of parts) {
    if (part.isStringLiteral()) texts.push(part.value);
    else if (!(part.flags & ts.TypeFlags.Undefined)) return undefined;
  }
  return texts;
}

function toastTexts(): ToastText[] {
  const built = program();
  const checker = built.getTypeChecker();
  const found: ToastText[] = [];
  for (const source of built.getSourceFiles()) {
    const file = path.relative(ROOT, source.fileName).split(path.sep).join('/');
    if (!file.startsWith('miniprogram/') || file.includes('miniprogram_npm')) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node)) {
        const callee = node.expression;
        let argument: ts.Expression | undefined;
        if (ts.isIdentifier(callee) && callee.text in TOAST_ARGUMENT) {
          argument = node.arguments[TOAST_ARGUMENT[callee.text] ?? 0];
        } else if (
          ts.isPropertyAccessExpression(callee) &&
          callee.name.text === 'showToast' &&
          node.arguments[0] !== undefined &&
          ts.isObjectLiteralExpression(node.arguments[0])
        ) {
          const title = node.arguments[0].properties.find(
            (property) => property.name !== undefined && property.name.getText(source) === 'title',
          );
          if (title && ts.isPropertyAssignment(title)) argument = title.initializer;
        }
        if (argument) {
          const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
          const texts = literalTexts(checker.getTypeAtLocation(argument));
          const where = `${file}:${line}`;
          if (texts) found.push({ where, texts });
          else if (!PASS_THROUGH.has(file)) found.push({ where, texts: 'not-a-constant' });
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

const found = toastTexts();

test('the scan finds the app’s toasts (copy confirmations and the two network notices)', () => {
  const all = found.flatMap((toast) => (toast.texts === 'not-a-constant' ? [] : toast.texts));
  expect(all.length).toBeGreaterThanOrEqual(4);
  expect(found.map((toast) => toast.where).join(' ')).toMatch(/app\.ts/);
});

test(`every toast text is at most ${MAX_TOAST_CHARS} characters, and known before it is shown`, () => {
  const problems = found.flatMap((toast) =>
    toast.texts === 'not-a-constant'
      ? [`${toast.where}: a toast text the code does not fix (make it a constant)`]
      : toast.texts
          .filter((text) => Array.from(text).length > MAX_TOAST_CHARS)
          .map((text) => `${toast.where}: “${text}” has ${Array.from(text).length} characters`),
  );
  expect(problems).toEqual([]);
});
