// The privacy consent dialog shown before the first clipboard copy. It registers itself with
// services/privacy while on screen; its agree button is WeChat's agreePrivacyAuthorization button.
import { defineComponent } from '../../common/define';
import {
  AGREE_BUTTON_ID,
  openPrivacyContract,
  registerConsentDialog,
} from '../../services/privacy';

/** What each dialog on screen is waiting for, outside its rendered data. */
interface DialogState {
  unregister: () => void;
  pending: ((agreed: boolean) => void) | undefined;
}

const states = new WeakMap<object, DialogState>();

defineComponent({
  data: { visible: false, contractName: '', agreeButtonId: AGREE_BUTTON_ID },
  lifetimes: {
    attached() {
      const state: DialogState = { unregister: () => undefined, pending: undefined };
      states.set(this, state);
      state.unregister = registerConsentDialog({
        open: (contractName, done) => {
          // A second request while the dialog is open answers the first one as declined.
          state.pending?.(false);
          state.pending = done;
          this.setData({ visible: true, contractName });
        },
      });
    },
    detached() {
      const state = states.get(this);
      if (!state) return;
      state.unregister();
      if (state.pending) this.finish(false);
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
