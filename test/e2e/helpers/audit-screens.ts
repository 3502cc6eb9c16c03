// The screens the rendered-page audit looks at: every page in app.json, each guide section and
// each problem (scripts/preview/screens.js, the list the screenshots use), plus the states a
// student gets to by using a page: the class helper with records, the classmate's page opened
// from a card, and each tool with something typed or chosen.
import { assistCardPath } from '../../../miniprogram/core/share-card';
import type { PreviewApp } from './app';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { previewScreens } = require('../../../scripts/preview/screens') as {
  previewScreens: () => { name: string; path: string; query: string; lands: string }[];
};

export interface AuditScreen {
  name: string;
  path: string;
  query: string;
  lands: string;
  /** What the student does on the page before it is audited. */
  prepare?: (app: PreviewApp) => Promise<void>;
}

/** What a student would type into a field, chosen by the words of its label or placeholder. */
const TYPED: [RegExp, string][] = [
  [/证件|身份证/, '51010519990101123x'],
  [/姓名/, '張偉'],
  [/手机/, '138 0013 8000'],
  [/邮箱/, 'student2026@163.con'],
  [/密码/, 'abc123'],
  [/称呼|昵称|姓/, '王芳'],
];

/** Types into every text field of the visible page, as a student filling it in would. */
async function typeIntoEveryField(app: PreviewApp): Promise<void> {
  const fields = app.page.locator('.preview-page:not([hidden]) input');
  const count = await fields.count();
  for (let index = 0; index < count; index += 1) {
    const field = fields.nth(index);
    const context = await field.evaluate((input: HTMLInputElement) => {
      const cell = input.closest('[class*="van-cell"], [class*="field"], [class*="box"]');
      return `${input.placeholder} ${cell instanceof HTMLElement ? cell.innerText : ''}`;
    });
    const value = TYPED.find(([pattern]) => pattern.test(context))?.[1] ?? '学信网';
    await app.fill(value, index);
  }
}

export function auditScreens(): AuditScreen[] {
  const screens: AuditScreen[] = previewScreens().map((screen) => ({ ...screen }));
  const byPath = (path: string) => screens.filter((screen) => screen.path === path);
  for (const screen of byPath('tools/pages/precheck/index')) screen.prepare = typeIntoEveryField;
  for (const screen of byPath('tools/pages/search/index')) {
    screen.prepare = async (app) => {
      await app.fill('手机号已存在');
    };
  }
  const classmateCard = assistCardPath({ id: 'ab12cd34', day: '2026-09-01' }, '张');
  const [classmatePath = '', classmateQuery = ''] = classmateCard.replace(/^\//, '').split('?');
  screens.push(
    {
      name: 'class-helper-with-records',
      path: 'helper/pages/class-helper/index',
      query: '',
      lands: 'helper/pages/class-helper/index',
      prepare: async (app) => {
        for (const name of ['李同学', '王芳']) {
          await app.fill(name);
          await app.tapText(/我已在学信网向/);
        }
      },
    },
    {
      name: 'assist-from-card',
      path: classmatePath,
      query: classmateQuery,
      lands: classmatePath,
    },
    {
      // The sheet before the first copy (shown when WeChat asks for privacy consent).
      name: 'privacy-consent-sheet',
      path: 'guide/pages/section/index',
      query: 'id=register',
      lands: 'guide/pages/section/index',
      prepare: async (app) => {
        await app.page.evaluate(() => {
          type ConsentHost = Element & {
            __wxElement?: { __methodCaller?: { setData(data: object): void } };
          };
          const host = document.querySelector<ConsentHost>(
            '.preview-page:not([hidden]) [is="components/privacy-consent/index"]',
          );
          const consent = host?.__wxElement?.__methodCaller;
          if (!consent) throw new Error('no privacy-consent component on the register page');
          consent.setData({ visible: true, contractName: '《小程序隐私保护指引》' });
        });
        await app.settle();
      },
    },
    {
      name: 'finder-answered',
      path: 'tools/pages/finder/index',
      query: '',
      lands: 'tools/pages/finder/index',
      prepare: async (app) => {
        await app.tap('[class*="van-cell--clickable"]');
      },
    },
    {
      name: 'home-progress-open',
      path: 'pages/home/index',
      query: '',
      lands: 'pages/home/index',
      prepare: async (app) => {
        await app.tap('[class*="progress-head"]');
        await app.tap('[class*="step-tick"]');
      },
    },
    {
      name: 'problem-5-paste-sheet',
      path: 'guide/pages/problem/index',
      query: 'id=5',
      lands: 'guide/pages/problem/index',
      prepare: async (app) => {
        await app.tap('[class*="copy-chip__action"]');
        await app.waitForText('粘贴并访问');
      },
    },
    {
      name: 'section-register-fields-open',
      path: 'guide/pages/section/index',
      query: 'id=register',
      lands: 'guide/pages/section/index',
      prepare: async (app) => {
        await app.tap('[class*="fields__toggle"]');
      },
    },
    {
      name: 'section-login-checklist-answered',
      path: 'guide/pages/section/index',
      query: 'id=login&part=check',
      lands: 'guide/pages/section/index',
      prepare: async (app) => {
        const answers = app.page.locator(
          '.preview-page:not([hidden]) [class*="checklist__answer"]',
        );
        if ((await answers.count()) > 1) await answers.nth(1).click();
      },
    },
  );
  return screens;
}
