// @ts-check
// Serves the browser preview: `/` is the host page (a phone-sized frame with an entry panel),
// `/app` is the mini-program itself (what the frame shows; tests and screenshots open it
// directly), `/preview/*` the built bundle, `/mp/*` the mini-program's own files (images),
// `/fonts/noto-sans-sc/*` the CJK web font (@fontsource/noto-sans-sc, split by unicode-range, so
// the browser fetches only the parts the page's text needs): text never depends on system fonts.
'use strict';
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');
const { URL } = require('node:url');
const { buildPreview } = require('./build');
const { CJK_FONT_DIR, SYMBOL_FONT_DIR, cjkFontCss } = require('../lib/cjk-font');

const CJK_FONT_URL = '/fonts/noto-sans-sc/';
const CJK_FONT_FACES = `${CJK_FONT_URL}faces.css`;
const CJK_FONT_LINKS = `<link rel="stylesheet" href="${CJK_FONT_FACES}">`;

const TYPES = /** @type {Record<string, string>} */ ({
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
});

/** @param {string} text */
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const APP_HTML = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, user-scalable=no">
<title>预览</title>
${CJK_FONT_LINKS}
<link rel="stylesheet" href="/preview/base.css">
</head>
<body>
<div id="preview-nav"><button id="preview-back" aria-label="返回" hidden>‹</button><button id="preview-home" aria-label="返回首页" hidden><svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path d="M3 11.5 12 4l9 7.5M6 10v9h4.5v-5h3v5H18v-9" fill="none" stroke="currentColor" stroke-width="1.8" stroke-linejoin="round"/></svg></button><div id="preview-title"></div><button id="preview-more" aria-label="菜单">···</button></div>
<div id="preview-pages"></div>
<div id="preview-overlay"></div>
<script src="/preview/app.js"></script>
</body>
</html>
`;

/** @param {{ pages: string[], appName: string }} meta */
function hostHtml(meta) {
  const options = meta.pages
    .map((page) => `<option value="${escapeHtml(page)}">${escapeHtml(page)}</option>`)
    .join('');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${escapeHtml(meta.appName)} · 浏览器预览</title>
${CJK_FONT_LINKS}
<style>
body { margin: 0; font: 14px/1.5 -apple-system, 'Noto Sans CJK SC', 'Noto Sans SC', sans-serif; background: #e9ebee; color: #222; }
main { display: flex; gap: 32px; padding: 24px; align-items: flex-start; flex-wrap: wrap; }
.phone { padding: 14px; border-radius: 36px; background: #111; box-shadow: 0 8px 30px rgba(0,0,0,.25); }
.phone iframe { display: block; border: 0; border-radius: 22px; background: #fff; }
aside { max-width: 420px; }
fieldset { border: 1px solid #ccc; border-radius: 8px; background: #fff; margin: 0 0 16px; padding: 12px 16px; }
label { display: block; margin: 8px 0 2px; font-weight: 600; }
input, select { width: 100%; box-sizing: border-box; padding: 6px; font: inherit; }
button { margin-top: 12px; padding: 8px 16px; font: inherit; cursor: pointer; }
small { color: #666; }
</style>
</head>
<body>
<main>
  <div class="phone"><iframe id="frame" title="小程序" src="/app" width="375" height="667"></iframe></div>
  <aside>
    <h1>${escapeHtml(meta.appName)}</h1>
    <fieldset>
      <legend>屏幕</legend>
      <select id="size"><option value="375x667">375×667（iPhone 8）</option><option value="320x568">320×568（iPhone SE）</option><option value="390x844">390×844（iPhone 14）</option></select>
      <label for="theme">深色模式（微信跟随系统）</label>
      <select id="theme"><option value="">跟随本机系统</option><option value="light">浅色</option><option value="dark">深色</option></select>
      <label for="font">字体大小（page-meta 的根字号）</label>
      <select id="font"><option value="16">16px（安卓标准）</option><option value="17" selected>17px（iOS 标准）</option><option value="22">22px（大）</option><option value="27">27px（特大）</option></select>
    </fieldset>
    <fieldset>
      <legend>入口：以指定场景值和参数打开</legend>
      <label for="path">页面</label><select id="path">${options}</select>
      <label for="scene">场景值 scene</label>
      <select id="scene">
        <option value="1001">1001 发现栏小程序主入口</option>
        <option value="1007">1007 单人聊天会话中的小程序消息卡片</option>
        <option value="1008">1008 群聊会话中的小程序消息卡片</option>
        <option value="1011">1011 扫描二维码</option>
        <option value="1012">1012 长按识别二维码</option>
        <option value="1013">1013 从相册选取二维码</option>
        <option value="1035">1035 公众号自定义菜单</option>
        <option value="1044">1044 带 shareTicket 的小程序消息卡片</option>
        <option value="1047">1047 扫描小程序码</option>
        <option value="1048">1048 长按识别小程序码</option>
        <option value="1049">1049 从相册选取小程序码</option>
        <option value="1058">1058 公众号文章</option>
        <option value="1074">1074 公众号会话下发的小程序消息卡片</option>
        <option value="1082">1082 公众号会话下发的文字链</option>
        <option value="1129">1129 微信爬虫访问</option>
      </select>
      <label for="query">query（原样传给 onLoad，如 <code>id=3&amp;part=classmate</code>）</label>
      <input id="query" placeholder="id=3">
      <label for="qr">或：普通链接二维码的网址（生成 <code>q=</code> 与 <code>scancode_time=</code>）</label>
      <input id="qr" placeholder="https://example.edu.cn/xueji/...">
      <label for="wxacode">或：小程序码的 scene（生成 <code>scene=</code>）</label>
      <input id="wxacode" placeholder="p=3">
      <label for="menu">或：公众号菜单的 pagepath（如 <code>pages/home/index?from=menu</code>）</label>
      <input id="menu" placeholder="pages/home/index?from=menu">
      <button id="open">打开</button>
      <p><small>当前地址：<code id="current"></code></small></p>
    </fieldset>
    <p><small>点击即轻触；右上角 ··· 可“转发给朋友”。数据保存在本浏览器的 localStorage（清除：开发者工具 → Application）。</small></p>
  </aside>
</main>
<script src="/preview/host.js"></script>
</body>
</html>
`;
}

/**
 * Builds and starts the preview server.
 * @param {{ port?: number, host?: string, root?: string }} [options] root: the mini-program
 */
async function startServer(options = {}) {
  const built = await buildPreview(options.root ? { root: options.root } : {});
  const root = built.root;
  const appName = String(
    /** @type {Record<string, unknown>} */ (built.appJson.window ?? {}).navigationBarTitleText ??
      '小程序',
  );
  const host = hostHtml({ pages: built.pages, appName });
  const cjkFaces = cjkFontCss(CJK_FONT_URL);
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    /** @param {number} status @param {string} type @param {string | Buffer} body */
    const send = (status, type, body) => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      response.end(body);
    };
    if (url.pathname === '/') return send(200, TYPES['.html'] ?? '', host);
    if (url.pathname === '/app') return send(200, TYPES['.html'] ?? '', APP_HTML);
    const builtFile = built.files[url.pathname];
    if (builtFile !== undefined) {
      return send(200, TYPES[path.extname(url.pathname)] ?? 'text/plain', builtFile);
    }
    if (url.pathname.startsWith('/mp/')) {
      const file = path.join(root, decodeURIComponent(url.pathname.slice(4)));
      const type = TYPES[path.extname(file).toLowerCase()];
      if (file.startsWith(root + path.sep) && type && fs.existsSync(file)) {
        return send(200, type, fs.readFileSync(file));
      }
    }
    if (url.pathname === CJK_FONT_FACES) return send(200, TYPES['.css'] ?? '', cjkFaces);
    if (url.pathname.startsWith(`${CJK_FONT_URL}files/`)) {
      const name = path.basename(decodeURIComponent(url.pathname));
      const file = [CJK_FONT_DIR, SYMBOL_FONT_DIR]
        .map((dir) => path.join(dir, 'files', name))
        .find((candidate) => fs.existsSync(candidate));
      const type = file && TYPES[path.extname(file)];
      if (file && type) {
        response.writeHead(200, { 'content-type': type, 'cache-control': 'max-age=86400' });
        response.end(fs.readFileSync(file));
        return undefined;
      }
    }
    if (url.pathname === '/favicon.ico') return send(204, 'text/plain', '');
    return send(404, 'text/plain; charset=utf-8', 'not found');
  });
  /** @type {Set<import('node:net').Socket>} */
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 5173, options.host ?? '127.0.0.1', () => resolve(undefined));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const url = `http://${options.host === '0.0.0.0' ? 'localhost' : (options.host ?? '127.0.0.1')}:${address.port}/`;
  return {
    url,
    stats: built.stats,
    pages: built.pages,
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve(undefined));
      }),
  };
}

module.exports = { startServer };
