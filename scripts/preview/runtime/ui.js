// @ts-check
// What wx.showToast / showModal / showActionSheet and the share sheet look like in the frame.
'use strict';
const { h, overlayRoot } = require('./dom');

/** @type {ReturnType<typeof setTimeout> | undefined} */
let toastTimer;

function hideToast() {
  clearTimeout(toastTimer);
  document.querySelectorAll('.preview-toast').forEach((node) => node.remove());
}

/** A toast as WeChat draws it: dark box, centred; `icon: 'none'` shows text only. */
/**
 * @param {{ title?: string, icon?: string, duration?: number, mask?: boolean, persistent?: boolean }} options
 */
function showToast({
  title = '',
  icon = 'success',
  duration = 1500,
  mask = false,
  persistent = false,
}) {
  hideToast();
  const glyph = { success: '✓', error: '✕', loading: '' }[icon];
  const box = h('div', { class: `preview-toast preview-toast--${icon}`, role: 'status' }, [
    glyph !== undefined ? h('div', { class: 'preview-toast__icon', text: glyph }) : null,
    h('div', { class: 'preview-toast__title', text: title }),
  ]);
  const layer = h('div', { class: `preview-toast${mask ? ' preview-mask' : ''}` }, [box]);
  layer.classList.add('preview-toast-layer');
  overlayRoot().append(layer);
  if (!persistent) toastTimer = setTimeout(hideToast, duration);
}

/** @param {string} className @param {HTMLElement} content */
function dialog(className, content) {
  const layer = h('div', { class: `preview-mask preview-layer ${className}` }, [content]);
  overlayRoot().append(layer);
  return layer;
}

/**
 * wx.showModal: resolves with { confirm, cancel, content? } when a button is tapped.
 * @param {import('../../lib/wx-model').ModalOptions} options
 * @returns {Promise<{ confirm: boolean, cancel: boolean, content?: string }>}
 */
function showModal(options) {
  return new Promise((resolve) => {
    const {
      title = '',
      content = '',
      showCancel = true,
      cancelText = '取消',
      confirmText = '确定',
      editable = false,
      placeholderText = '',
    } = options;
    const input = editable
      ? /** @type {HTMLTextAreaElement} */ (
          h('textarea', { class: 'preview-modal__input', placeholder: placeholderText })
        )
      : null;
    if (input) input.value = content;
    const close = (/** @type {boolean} */ confirm) => {
      layer.remove();
      resolve({ confirm, cancel: !confirm, ...(input ? { content: input.value } : {}) });
    };
    const layer = dialog(
      'preview-modal-layer',
      h('div', { class: 'preview-modal', role: 'dialog' }, [
        title ? h('div', { class: 'preview-modal__title', text: title }) : null,
        editable
          ? input
          : content
            ? h('div', { class: 'preview-modal__content', text: content })
            : null,
        h('div', { class: 'preview-modal__buttons' }, [
          showCancel
            ? h('button', {
                class: 'preview-modal__cancel',
                text: cancelText,
                onclick: () => close(false),
              })
            : null,
          h('button', {
            class: 'preview-modal__confirm',
            text: confirmText,
            onclick: () => close(true),
          }),
        ]),
      ]),
    );
  });
}

/**
 * The ··· menu's sheet: resolves with the tapped index, or -1 when cancelled.
 * @param {{ itemList?: string[], alertText?: string }} options
 * @returns {Promise<number>}
 */
function showActionSheet({ itemList = [], alertText }) {
  return new Promise((resolve) => {
    const close = (/** @type {number} */ index) => {
      layer.remove();
      resolve(index);
    };
    const layer = dialog(
      'preview-sheet-layer',
      h('div', { class: 'preview-sheet', role: 'menu' }, [
        alertText ? h('div', { class: 'preview-sheet__alert', text: alertText }) : null,
        ...itemList.map((item, index) =>
          h('button', { class: 'preview-sheet__item', text: item, onclick: () => close(index) }),
        ),
        h('button', { class: 'preview-sheet__cancel', text: '取消', onclick: () => close(-1) }),
      ]),
    );
  });
}

/**
 * The card WeChat would send: title, image (5:4) and the path the friend opens. "以好友身份打开"
 * relaunches the preview at that path with scene 1007, as a friend tapping the card would.
 */
/**
 * @param {{ title: string, path: string, imageUrl: string, from: string, appName: string,
 *   onOpenAsFriend: () => void }} card
 */
function showShareCard({ title, path, imageUrl, from, appName, onOpenAsFriend }) {
  // A package path ('/assets/…') is served from the mini-program root, as in <image src>.
  const src = /^\/(?!mp\/)/.test(imageUrl || '') ? `/mp${imageUrl}` : imageUrl;
  const image = imageUrl
    ? h('img', { class: 'preview-card__image', src, alt: '分享图' })
    : h('div', {
        class: 'preview-card__image preview-card__image--default',
        text: '（未指定图片：微信会用当前页面截图）',
      });
  const layer = dialog(
    'preview-share-layer',
    h('div', { class: 'preview-share', role: 'dialog', 'aria-label': '发送给朋友' }, [
      h('div', {
        class: 'preview-share__head',
        text: `发送给朋友（来自${from === 'button' ? '页面按钮' : '右上角菜单'}）`,
      }),
      h('div', { class: 'preview-card', 'data-path': path }, [
        h('div', { class: 'preview-card__app', text: appName }),
        h('div', { class: 'preview-card__title', text: title }),
        image,
        h('div', { class: 'preview-card__footer', text: '小程序' }),
      ]),
      h('div', { class: 'preview-share__path' }, [
        h('span', { text: '打开路径：' }),
        h('code', { class: 'preview-share__path-value', text: path }),
      ]),
      h('div', { class: 'preview-share__buttons' }, [
        h('button', { class: 'preview-share__close', text: '关闭', onclick: () => layer.remove() }),
        h('button', {
          class: 'preview-share__open',
          text: '以好友身份打开',
          onclick: () => {
            layer.remove();
            onOpenAsFriend();
          },
        }),
      ]),
    ]),
  );
}

/**
 * A sheet with a heading, lines of text and buttons; resolves with the tapped button's value.
 * @template T
 * @param {string} className
 * @param {string} heading
 * @param {string[]} lines
 * @param {{ text: string, value: T, primary?: boolean }[]} buttons
 * @returns {Promise<T>}
 */
function askSheet(className, heading, lines, buttons) {
  return new Promise((resolve) => {
    const layer = dialog(
      `preview-system-layer ${className}-layer`,
      h('div', { class: `preview-system ${className}`, role: 'dialog', 'aria-label': heading }, [
        h('div', { class: 'preview-system__title', text: heading }),
        ...lines.map((line) => h('div', { class: 'preview-system__line', text: line })),
        h(
          'div',
          { class: 'preview-system__buttons' },
          buttons.map((button) =>
            h('button', {
              class: `preview-system__button${button.primary ? ' preview-system__button--primary' : ''}`,
              text: button.text,
              onclick: () => {
                layer.remove();
                resolve(button.value);
              },
            }),
          ),
        ),
      ]),
    );
  });
}

/**
 * WeChat's own privacy popup, shown when the app registered no onNeedPrivacyAuthorization.
 * @param {string} contractName
 * @returns {Promise<boolean>}
 */
function showPlatformConsent(contractName) {
  return askSheet(
    'preview-consent',
    '用户隐私保护提示',
    [`在使用此功能前，请阅读并同意${contractName}。（预览中画出的微信隐私弹窗）`],
    [
      { text: '拒绝', value: false },
      { text: '同意', value: true, primary: true },
    ],
  );
}

/** @param {number} seconds */
function beijingTime(seconds) {
  const date = new Date(seconds * 1000 + 8 * 3600 * 1000);
  const pad = (/** @type {number} */ n) => String(n).padStart(2, '0');
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
}

/**
 * What wx.addPhoneCalendar opens on a phone: the system calendar's new-event sheet. The preview
 * writes nothing; the student's choice is what the app is told.
 * @param {{ title: string, description: string, startTime: number, alarm: boolean }} event
 * @returns {Promise<'save' | 'cancel'>}
 */
function showCalendarSheet(event) {
  return askSheet(
    'preview-calendar',
    '手机日历：新建日程（预览示意）',
    [
      '在手机上，微信会打开系统日历的新建日程，由你点“保存”或“取消”：',
      `标题：${event.title}`,
      `时间：${beijingTime(event.startTime)}（北京时间）${event.alarm ? '，开始时提醒' : ''}`,
      ...(event.description ? [`备注：${event.description}`] : []),
      '预览不会写入任何日历。',
    ],
    [
      { text: '取消', value: /** @type {const} */ ('cancel') },
      { text: '保存', value: /** @type {const} */ ('save'), primary: true },
    ],
  );
}

/**
 * What wx.makePhoneCall opens on a phone: the dialler's confirmation. The preview dials nothing.
 * @param {string} phoneNumber
 * @returns {Promise<'call' | 'cancel'>}
 */
function showDialler(phoneNumber) {
  return askSheet(
    'preview-dialler',
    `呼叫 ${phoneNumber}`,
    ['在手机上，这里会打开拨号确认，由你点“呼叫”或“取消”。预览不会拨出电话。'],
    [
      { text: '取消', value: /** @type {const} */ ('cancel') },
      { text: '呼叫', value: /** @type {const} */ ('call'), primary: true },
    ],
  );
}

/**
 * The mini-program's settings page (wx.openSetting): each scope the student decided on.
 * @param {Record<string, boolean>} authSetting
 * @returns {Promise<Record<string, boolean>>}
 */
function showSettings(authSetting) {
  const scopes = Object.keys(authSetting);
  return askSheet(
    'preview-settings',
    '设置（预览示意）',
    scopes.length > 0
      ? scopes.map((scope) => `${scope}：${authSetting[scope] ? '允许' : '不允许'}`)
      : ['还没有授权过任何权限。'],
    [
      { text: '保持不变', value: authSetting },
      {
        text: '全部允许',
        value: Object.fromEntries(scopes.map((scope) => [scope, true])),
        primary: true,
      },
    ],
  );
}

module.exports = {
  showToast,
  hideToast,
  showModal,
  showActionSheet,
  showShareCard,
  showPlatformConsent,
  showCalendarSheet,
  showDialler,
  showSettings,
};
