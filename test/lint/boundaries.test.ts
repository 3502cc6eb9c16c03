// The layer rules in eslint.config.mjs reject an import in the wrong direction and accept the
// right one: each case lints a two-line file placed (virtually) in a folder of the mini-program.
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');

interface LintMessage {
  readonly ruleId: string | null;
  readonly message: string;
}

/** Lints every case in one ESLint process (loading the config takes seconds). */
function lintAll(files: readonly { filePath: string; code: string }[]): LintMessage[][] {
  const out = execFileSync(process.execPath, [path.join(ROOT, 'test/helpers/lint-text.mjs')], {
    cwd: ROOT,
    input: JSON.stringify(files),
    encoding: 'utf8',
  });
  return JSON.parse(out) as LintMessage[][];
}

const BOUNDARY_RULES = ['@typescript-eslint/no-restricted-imports', 'no-restricted-globals'];

/** A file with one import, for the import cases. */
const withImport = (importLine: string): string =>
  `${importLine}\nexport const probe = [] as unknown[];\n`;
const WX_CALL = 'export function probe(): void {\n  wx.showToast({ title: "x" });\n}\n';

const REJECTED: readonly (readonly [string, string, RegExp])[] = [
  // core may not load content's configuration…
  [
    'miniprogram/core/probe.ts',
    "import { staffConfig } from '../content/staff-config';",
    /Only types/,
  ],
  // …nor any higher layer, nor a package.
  ['miniprogram/core/probe.ts', "import { homeView } from '../views/home';", /higher layer/],
  [
    'miniprogram/core/probe.ts',
    "import { openPage } from '../services/navigation';",
    /higher layer/,
  ],
  ['miniprogram/core/probe.ts', "import { makeAutoObservable } from 'mobx-miniprogram';", /pure/],
  [
    'miniprogram/tools/core/probe.ts',
    "import { linkUrl } from '../../content/links';",
    /Only types/,
  ],
  ['miniprogram/content/probe.ts', "import { homeView } from '../views/home';", /higher layer/],
  [
    'miniprogram/content/probe.ts',
    "import { saveStored } from '../services/storage';",
    /higher layer/,
  ],
  [
    'miniprogram/views/probe.ts',
    "import { progressStore } from '../stores/progress-store';",
    /higher layer/,
  ],
  ['miniprogram/views/probe.ts', "import { definePage } from '../common/define';", /higher layer/],
  [
    'miniprogram/services/probe.ts',
    "import { schoolConfig } from '../content/school-config';",
    /Only types/,
  ],
  ['miniprogram/stores/probe.ts', "import { homeView } from '../views/home';", /higher layer/],
  // The guide subpackage keeps the same layers.
  [
    'miniprogram/guide/core/probe.ts',
    "import { openPage } from '../../services/navigation';",
    /higher layer/,
  ],
  [
    'miniprogram/guide/views/probe.ts',
    "import { progressStore } from '../../stores/progress-store';",
    /higher layer/,
  ],
  // A subpackage's store or view beside its page keeps its layer's rules…
  [
    'miniprogram/helper/pages/assist/view.ts',
    "import { assistStore } from './store';",
    /higher layer/,
  ],
  [
    'miniprogram/helper/pages/assist/view.ts',
    "import { assistStore } from '../class-helper/store';",
    /higher layer/,
  ],
  [
    'miniprogram/helper/pages/assist/view.ts',
    "import { makeAutoObservable } from 'mobx-miniprogram';",
    /pure/,
  ],
  [
    'miniprogram/helper/pages/class-helper/store.ts',
    "import { assistPageView } from '../assist/view';",
    /higher layer/,
  ],
  [
    'miniprogram/helper/pages/class-helper/store.ts',
    "import { definePage } from '../../../common/define-page';",
    /higher layer/,
  ],
  // …and the lower layers still may not load it.
  [
    'miniprogram/helper/content/probe.ts',
    "import { assistStore } from '../pages/class-helper/store';",
    /higher layer/,
  ],
  [
    'miniprogram/helper/core/probe.ts',
    "import { assistPageView } from '../pages/assist/view';",
    /higher layer/,
  ],
];

const ACCEPTED: readonly (readonly [string, string])[] = [
  ['miniprogram/core/probe.ts', "import type { ProblemId } from '../content/types';"],
  ['miniprogram/core/probe.ts', "import { ok } from './result';"],
  ['miniprogram/content/probe.ts', "import { DAILY_LIMIT } from '../core/daily-limit';"],
  ['miniprogram/views/probe.ts', "import { problems } from '../content/problems';"],
  ['miniprogram/stores/probe.ts', "import { saveStored } from '../services/storage';"],
  ['miniprogram/pages/probe/index.ts', "import { homeView } from '../../views/home';"],
  ['miniprogram/guide/views/probe.ts', "import { problems } from '../../content/problems';"],
  [
    'miniprogram/helper/pages/class-helper/store.ts',
    "import { saveStored } from '../../../services/storage';",
  ],
  ['miniprogram/helper/pages/class-helper/index.ts', "import { assistStore } from './store';"],
  [
    'miniprogram/helper/pages/assist/view.ts',
    "import { RECORD_TEXT } from '../../content/assist';",
  ],
];

const WX_CALLERS = [
  'miniprogram/pages/probe/index.ts',
  'miniprogram/core/probe.ts',
  'miniprogram/services/probe.ts',
  'miniprogram/guide/pages/probe/index.ts',
  'miniprogram/guide/services/probe.ts',
];

let verdicts: string[][] = [];

beforeAll(() => {
  const files = [
    ...REJECTED.map(([filePath, line]) => ({ filePath, code: withImport(line) })),
    ...ACCEPTED.map(([filePath, line]) => ({ filePath, code: withImport(line) })),
    ...WX_CALLERS.map((filePath) => ({ filePath, code: WX_CALL })),
  ];
  verdicts = lintAll(files).map((messages) =>
    messages
      .filter((message) => BOUNDARY_RULES.includes(message.ruleId ?? ''))
      .map((message) => message.message),
  );
});

test.each(REJECTED.map((entry, index) => [...entry, index] as const))(
  '%s: %s is rejected',
  (_file, _line, reason, index) => {
    // A store or view beside a page is both its layer and under pages/: two rules may say so.
    const errors = verdicts[index] ?? [];
    expect(errors.length).toBeGreaterThan(0);
    expect(errors).toContainEqual(expect.stringMatching(reason));
    expect(errors.every((error) => /higher layer|Only types|pure/.test(error))).toBe(true);
  },
);

test.each(ACCEPTED.map((entry, index) => [...entry, REJECTED.length + index] as const))(
  '%s: %s is allowed',
  (_file, _line, index) => {
    expect(verdicts[index]).toEqual([]);
  },
);

test('only services/ may call wx', () => {
  const offset = REJECTED.length + ACCEPTED.length;
  const [page, core, service, guidePage, guideService] = WX_CALLERS.map(
    (_file, index) => verdicts[offset + index],
  );
  expect(page).toEqual([expect.stringMatching(/Only a services\/ folder .* calls wx/)]);
  expect(core).toHaveLength(1);
  expect(service).toEqual([]);
  expect(guidePage).toHaveLength(1);
  expect(guideService).toEqual([]);
});
