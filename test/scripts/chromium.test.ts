/**
 * @jest-environment node
 */
// Where the browser for e2e, screenshots and the QR sheet comes from, in order: CHROMIUM_PATH, a
// system Chromium or Chrome, then the Linux build inside @sparticuz/chromium.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import {
  findChromium,
  launchOptions,
  systemCandidates,
  type FoundChromium,
} from '../../scripts/lib/chromium';
import { CJK_FONT_FAMILY, cjkFontCss } from '../../scripts/lib/cjk-font';

const NPM: FoundChromium = {
  executablePath: '/tmp/chromium',
  source: 'npm',
  env: { LD_LIBRARY_PATH: '/tmp/al2023/lib' },
};
const fromNpm = (): Promise<FoundChromium> => Promise.resolve(NPM);
const only =
  (...files: string[]) =>
  (file: string): boolean =>
    files.includes(file);

test('CHROMIUM_PATH wins, and one that does not exist is an error, not a silent fallback', async () => {
  const env = { CHROMIUM_PATH: '/opt/my/chrome' };
  await expect(
    findChromium({
      env,
      platform: 'linux',
      arch: 'x64',
      exists: only('/opt/my/chrome', '/usr/bin/chromium'),
      fromNpm,
    }),
  ).resolves.toMatchObject({ executablePath: '/opt/my/chrome', source: 'CHROMIUM_PATH' });
  await expect(
    findChromium({ env, platform: 'linux', arch: 'x64', exists: only(), fromNpm }),
  ).rejects.toThrow(/CHROMIUM_PATH is \/opt\/my\/chrome, which does not exist/);
});

test('a system browser comes next, in each platform’s usual places', async () => {
  await expect(
    findChromium({
      env: {},
      platform: 'linux',
      arch: 'x64',
      exists: only('/usr/bin/google-chrome'),
      fromNpm,
    }),
  ).resolves.toMatchObject({ executablePath: '/usr/bin/google-chrome', source: 'system' });
  const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
  await expect(
    findChromium({ env: {}, platform: 'darwin', arch: 'arm64', exists: only(mac) }),
  ).resolves.toMatchObject({
    executablePath: mac,
  });
  const windows = systemCandidates('win32', {
    PROGRAMFILES: 'C:\\Program Files',
    LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local',
  });
  expect(windows).toContain('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
  expect(windows).toContain(
    'C:\\Users\\a\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe',
  );
  expect(systemCandidates('linux', {})[0]).toBe('/usr/bin/chromium');
});

// A stock Windows 10/11 laptop or a Mac with only Edge: e2e, screenshots and the QR sheet still run.
test('Edge is found on Windows and macOS when there is no Chrome, and Chrome wins when both are', async () => {
  const env = {
    PROGRAMFILES: 'C:\\Program Files',
    'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
    LOCALAPPDATA: 'C:\\Users\\a\\AppData\\Local',
  };
  const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
  const chrome = 'C:\\Users\\a\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
  await expect(
    findChromium({ env, platform: 'win32', arch: 'x64', exists: only(edge), fromNpm }),
  ).resolves.toMatchObject({ executablePath: edge, source: 'system' });
  await expect(
    findChromium({ env, platform: 'win32', arch: 'x64', exists: only(edge, chrome), fromNpm }),
  ).resolves.toMatchObject({ executablePath: chrome });
  const macEdge = '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
  await expect(
    findChromium({ env: {}, platform: 'darwin', arch: 'arm64', exists: only(macEdge), fromNpm }),
  ).resolves.toMatchObject({ executablePath: macEdge, source: 'system' });
  const userEdge = '/Users/a/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
  await expect(
    findChromium({
      env: { HOME: '/Users/a' },
      platform: 'darwin',
      arch: 'x64',
      exists: only(userEdge),
      fromNpm,
    }),
  ).resolves.toMatchObject({ executablePath: userEdge });
});

test('without either, Linux x64 uses the npm build; elsewhere the error says what to do', async () => {
  await expect(
    findChromium({ env: {}, platform: 'linux', arch: 'x64', exists: only(), fromNpm }),
  ).resolves.toBe(NPM);
  await expect(
    findChromium({ env: {}, platform: 'darwin', arch: 'arm64', exists: only(), fromNpm }),
  ).rejects.toThrow(/set CHROMIUM_PATH, or install Chrome or Chromium/);
  await expect(
    findChromium({ env: {}, platform: 'linux', arch: 'arm64', exists: only(), fromNpm }),
  ).rejects.toThrow(/Linux x64 only/);
});

// The fallback for a machine with only Node: the npm build, with its own fontconfig (no system
// fonts at all), draws Chinese only through the bundled web font.
(process.platform === 'linux' && process.arch === 'x64' ? test : test.skip)(
  'the npm build runs, sees no system CJK font, and draws Chinese with the bundled web font',
  async () => {
    const found = await findChromium({ env: {}, exists: () => false });
    expect(found.source).toBe('npm');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'npm-chromium-'));
    const page = path.join(dir, 'page.html');
    fs.writeFileSync(
      page,
      `<!doctype html><meta charset="utf-8"><style>${cjkFontCss()}</style><p>学籍</p>`,
    );
    const browser = await chromium.launch(launchOptions(found));
    try {
      const tab = await browser.newPage();
      await tab.goto(pathToFileURL(page).href);
      const drawn = await tab.evaluate(async (family) => {
        await document.fonts.load(`32px "${family}"`, '学籍');
        const draw = (font: string, character: string): string => {
          const canvas = document.createElement('canvas');
          canvas.width = 48;
          canvas.height = 48;
          const context = canvas.getContext('2d');
          if (!context) throw new Error('no 2d context');
          context.font = `32px ${font}`;
          context.fillText(character, 4, 38);
          return canvas.toDataURL();
        };
        return {
          webXue: draw(`"${family}"`, '学'),
          webJi: draw(`"${family}"`, '籍'),
          systemXue: draw('sans-serif', '学'),
          systemJi: draw('sans-serif', '籍'),
        };
      }, CJK_FONT_FAMILY);
      // No system font: both characters come out as the same box.
      expect(drawn.systemXue).toBe(drawn.systemJi);
      // The web font: real, different glyphs.
      expect(drawn.webXue).not.toBe(drawn.webJi);
      expect(drawn.webXue).not.toBe(drawn.systemXue);
    } finally {
      await browser.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  },
  120_000,
);
