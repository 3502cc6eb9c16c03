// The rendered-page audit (helpers/audit.ts) catches each kind of fault it looks for, on the
// fixture page test/e2e/fixture-app/pages/audit, and reports nothing about the passing versions.
import { audit, type Finding } from '../helpers/audit';
import { PreviewApp, SMALL_PHONE } from '../helpers/app';

describe('the audit catches each fault on the fixture page', () => {
  let found: Finding[] = [];
  beforeAll(async () => {
    const app = await PreviewApp.create(SMALL_PHONE, 'fixture');
    try {
      await app.openApp({ path: 'pages/audit/index' });
      found = (await audit(app.page)).findings;
    } finally {
      await app.close();
    }
  });
  const kindsOf = (text: string) =>
    found.filter((finding) => finding.text.includes(text)).map((finding) => finding.kind);

  test('a low-contrast text', () => {
    expect(kindsOf('这行字颜色太浅')).toEqual(['contrast']);
    const faint = found.find((finding) => finding.text.includes('这行字颜色太浅'));
    // #b8b8b8 on white is 1.98:1.
    expect(faint?.detail).toMatch(/^1\.9\d:1 < 4\.5:1/);
  });
  test('a URL that runs off the screen', () => {
    expect(kindsOf('https://www.chsi.com.cn/xlcx/along')).toContain('overflow');
    expect(found.some((finding) => finding.text === '(page)' && finding.kind === 'overflow')).toBe(
      true,
    );
  });
  test('a clipped button label', () => {
    expect(kindsOf('这个按钮的文字太长被裁掉了')).toEqual(['clipped']);
  });
  test('a small tap target, and a tappable without a name', () => {
    expect(kindsOf('小')).toEqual(['target']);
    expect(found.filter((finding) => finding.kind === 'name')).toEqual([
      expect.objectContaining({ text: expect.stringContaining('unnamed-icon') as unknown }),
    ]);
  });
  test('a chip broken across lines', () => {
    expect(kindsOf('请求被取消了')).toEqual(['split']);
  });
  test('and nothing about the passing versions of the same elements', () => {
    for (const text of [
      '这行字对比度足够',
      'longer/path/that/wraps',
      '大小合适的按钮',
      '怎么做',
      '关闭',
      '证件号码已注册',
    ]) {
      expect({ text, kinds: kindsOf(text) }).toEqual({ text, kinds: [] });
    }
    expect(found.filter((finding) => finding.text.includes('good'))).toEqual([]);
  });
});
