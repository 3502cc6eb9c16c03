// The privacy consent dialog shown before a privacy API (copying the CHSI address, adding a phone
// calendar reminder). It registers itself with services/privacy while attached; its agree button
// is WeChat's agreePrivacyAuthorization button. Every page that calls a privacy API hosts one.
import { defineComponent } from '../../common/define';
import { COPIED_TEXTS } from '../../content/privacy';
import {
  AGREE_BUTTON_ID,
  consentDialogShown,
  openPrivacyContract,
  registerConsentDialog,
  type ConsentDialog,
  type ConsentPurpose,
} from '../../services/privacy';

interface PurposeText {
  readonly title: string;
  readonly text: string;
  readonly agree: string;
  readonly decline: string;
  readonly hint: string;
}

/** Why WeChat asks, for each kind of call (the words the student reads in the dialog). */
const PURPOSE_TEXT: Readonly<Record<ConsentPurpose, PurposeText>> = {
  clipboard: {
    title: '复制前请先同意隐私保护指引',
    text: `复制要用到微信的“剪切板”功能，所以微信要求你先同意本小程序的隐私保护指引。本小程序只在你点“复制”时写入剪切板（${COPIED_TEXTS.join('、')}），不读取剪切板，也不收集、不上传你的任何信息。`,
    agree: '同意并复制',
    decline: '不同意，改为手动复制',
    hint: '不同意也没关系：网址会显示出来，你可以手动复制。',
  },
  calendar: {
    title: '添加提醒前请先同意隐私保护指引',
    text: '在手机日历里添加提醒要用到微信的“日历（仅写入）”功能，所以微信要求你先同意本小程序的隐私保护指引。本小程序只写入一条“可以再申请同学协助”的提醒，不读取你的日历，也不收集、不上传你的任何信息。',
    agree: '同意并添加',
    decline: '不同意，不添加提醒',
    hint: '不同意也没关系：自己记下，明天再回到本页申请就行。',
  },
  other: {
    title: '请先同意隐私保护指引',
    text: '这一步要用到微信的隐私相关功能，所以微信要求你先同意本小程序的隐私保护指引。本小程序不收集、不上传你的任何信息。',
    agree: '同意',
    decline: '不同意',
    hint: '不同意也可以继续使用本小程序的其他内容。',
  },
};

/** What each dialog on screen is waiting for, outside its rendered data. */
interface DialogState {
  unregister: () => void;
  pending: ((agreed: boolean) => void) | undefined;
  /** False while this dialog's page is hidden under another one (pageLifetimes). */
  pageShown: boolean;
  dialog: ConsentDialog | undefined;
}

const states = new WeakMap<object, DialogState>();

defineComponent({
  data: {
    visible: false,
    contractName: '',
    agreeButtonId: AGREE_BUTTON_ID,
    words: PURPOSE_TEXT.clipboard,
  },
  lifetimes: {
    attached() {
      const state: DialogState = {
        unregister: () => undefined,
        pending: undefined,
        pageShown: true,
        dialog: undefined,
      };
      states.set(this, state);
      state.dialog = {
        open: (contractName, purpose, done) => {
          // A second request while the dialog is open answers the first one as declined.
          state.pending?.(false);
          state.pending = done;
          this.setData({ visible: true, contractName, words: PURPOSE_TEXT[purpose] });
        },
        onShownPage: () => state.pageShown,
      };
      state.unregister = registerConsentDialog(state.dialog);
    },
    detached() {
      const state = states.get(this);
      if (!state) return;
      state.unregister();
      if (state.pending) this.finish(false);
    },
  },
  // The dialog answers only for the page the student sees (the top of the page stack).
  pageLifetimes: {
    show() {
      const state = states.get(this);
      if (!state) return;
      state.pageShown = true;
      if (state.dialog) consentDialogShown(state.dialog);
    },
    hide() {
      const state = states.get(this);
      if (state) state.pageShown = false;
    },
  },
  methods: {
    finish(agreed: boolean) {
      const state = states.get(this);
      const done = state?.pending;
      if (state) state.pending = undefined;
      this.setData({ visible: false });
      done?.(agreed);
    },
    onAgree() {
      this.finish(true);
    },
    onDecline() {
      this.finish(false);
    },
    onOpenContract() {
      openPrivacyContract();
    },
  },
});
