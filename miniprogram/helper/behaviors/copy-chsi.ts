// The copy-the-CHSI-address action (the guide-part block and the classmate's page): `bind:tap=
// "onCopy"` copies the address from school-config.ts, or shows it to copy by hand.
import { schoolConfig } from '../../content/school-config';
import { copyText } from '../../services/clipboard';

export const COPY_CHSI_HINT = '已复制，请在浏览器粘贴打开';

export const copyChsiBehavior: string = Behavior({
  methods: {
    onCopy(): void {
      void copyText(schoolConfig.chsiUrl, COPY_CHSI_HINT);
    },
  },
});
