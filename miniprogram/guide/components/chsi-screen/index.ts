// Draws one CHSI page schematically (示意图) with the control to tap ringed, from the data in
// guide/content/chsi-screens.ts; the page's content says which screen and which control.
import { defineComponent } from '../../../common/define';
import type { ChsiScreenView } from '../../views/blocks';

defineComponent({
  properties: {
    screen: {
      type: Object,
      value: { title: '', badge: '', caption: '', rows: [] } as unknown as ChsiScreenView,
    },
  },
});
