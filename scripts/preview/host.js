// The host page around the phone frame: screen size, and the entry panel that opens the app
// with a chosen page, scene and query (QR-code q=, wxacode scene=, menu pagepath).
'use strict';
const frame = document.getElementById('frame');
const byId = (id) => document.getElementById(id);

byId('size').addEventListener('change', () => {
  const [width, height] = byId('size').value.split('x');
  frame.width = width;
  frame.height = height;
});

byId('open').addEventListener('click', () => {
  let page = byId('path').value;
  let query = byId('query').value.trim().replace(/^\?/, '');
  const qr = byId('qr').value.trim();
  const wxacode = byId('wxacode').value.trim();
  const menu = byId('menu').value.trim();
  if (qr) query = `q=${encodeURIComponent(qr)}&scancode_time=${Math.floor(Date.now() / 1000)}`;
  else if (wxacode) query = `scene=${encodeURIComponent(wxacode)}`;
  else if (menu) [page, query = ''] = menu.replace(/^\//, '').split(/\?(.*)/s);
  const params = new URLSearchParams({ path: page, scene: byId('scene').value });
  if (query) params.set('query', query);
  frame.src = `/app?${params}`;
});

setInterval(() => {
  try {
    const url = new URL(frame.contentWindow.location.href);
    byId('current').textContent = url.searchParams.get('current') || '';
  } catch {
    byId('current').textContent = '';
  }
}, 500);
