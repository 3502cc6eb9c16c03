// The privacy consent dialog shown before the first clipboard copy. It registers itself with
// services/privacy while on screen; its agree button is WeChat's agreePrivacyAuthorization button.
import {
  AGREE_BUTTON_ID,
  openPrivacyContract,
  registerConsentDialog,
} from '../../services/privacy';

interface ConsentData {
  visible: boolean;
  contractName: string;
  agreeButtonId: string;
}

type Instance = WechatMiniprogram.Component.TrivialInstance & {
  unregister?: () => void;
  pending?: ((agreed: boolean) => void) | undefined;
};

const initial: ConsentData = { visible: false, contractName: '', agreeButtonId: AGREE_BUTTON_ID };

function finish(instance: Instance, agreed: boolean): void {
  const done = instance.pending;
  instance.pending = undefined;
  instance.setData({ visible: false });
  done?.(agreed);
}

Component({
  options: { addGlobalClass: true },
  data: initial,
  lifetimes: {
    attached(this: Instance) {
      this.unregister = registerConsentDialog({
        open: (contractName, done) => {
          // A second request while the dialog is open answers the first one as declined.
          this.pending?.(false);
          this.pending = done;
          this.setData({ visible: true, contractName });
        },
      });
    },
    detached(this: Instance) {
      this.unregister?.();
      if (this.pending) finish(this, false);
    },
  },
  methods: {
    onAgree(this: Instance) {
      finish(this, true);
    },
    onDecline(this: Instance) {
      finish(this, false);
    },
    onOpenContract() {
      openPrivacyContract();
    },
  },
});
