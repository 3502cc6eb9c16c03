// Lints source texts as if each were the file at its path, with the project's ESLint config
// minus type information. stdin: JSON [{ filePath, code }]; stdout: JSON, one message list per
// text. Used by test/lint/boundaries.test.ts, which cannot put a wrong-direction import into the
// real tree.
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';

/** @type {{ filePath: string, code: string }[]} */
const files = JSON.parse(readFileSync(0, 'utf8'));
const eslint = new ESLint({
  overrideConfig: [{ files: ['**/*.ts'], ...tseslint.configs.disableTypeChecked }],
});
const results = [];
for (const { filePath, code } of files) {
  const [result] = await eslint.lintText(code, { filePath });
  results.push((result?.messages ?? []).map(({ ruleId, message }) => ({ ruleId, message })));
}
process.stdout.write(JSON.stringify(results));
