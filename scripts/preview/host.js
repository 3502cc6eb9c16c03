// The host page around the phone frame: screen size, theme, text size, and the entry panel that
// opens the app with a chosen page, scene and query (QR-code q=, wxacode scene=, menu pagepath).
'use strict';
const frame = document.getElementById('frame');
const byId = (id) => document.getElementById(id);

byId('size').addEventListener('change', () => {
  const [width, height] = byId('size').value.split('x');
  frame.width = width;
  frame.height = height;
});

/** The /app URL's theme= and font= from the panel (the app reads them at launch). */
function displayParams(params) {
  const theme = byId('theme').value;
  if (theme) params.set('theme', theme);
  else params.delete('theme');
  params.set('font', byId('font').value);
  return params;
}

/** Theme and text size apply at once: the app opens again where it is, with the new setting. */
for (const id of ['theme', 'font']) {
  byId(id).addEventListener('change', () => {
    const url = new URL(frame.contentWindow.location.href);
    const params = displayParams(new URLSearchParams(url.search));
    const current = params.get('current');
    if (current) {
      const [path, query] = current.split(/\?(.*)/s);
      params.set('path', path);
      if (query) params.set('query', query);
      else params.delete('query');
    }
    frame.src = `/app?${params}`;
  });
}

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
  frame.src = `/app?${displayParams(params)}`;
});

setInterval(() => {
  try {
    const url = new URL(frame.contentWindow.location.href);
    byId('current').textContent = url.searchParams.get('current') || '';
  } catch {
    byId('current').textContent = '';
  }
}, 500);
