// The foot of every guide page: who to contact for which trouble, where the content comes from
// (the guide and each outside source in full), what the date next to it means, and the way home.
import { defineComponent } from '../../../common/define';
import { contactLines } from '../../../content/contact';
import { linkUrl } from '../../../content/links';
import { CHECKED_ON_NOTE } from '../../../content/sources';

defineComponent({
  properties: {
    sources: { type: Object, value: { lines: [], checkedOn: '' } },
  },
  data: {
    contactLines: contactLines(),
    checkedOnNote: CHECKED_ON_NOTE,
    // A page opened from a card or a code has no way back: this is the way to the start.
    homeUrl: linkUrl({ kind: 'home' }),
  },
});
