// The foot of every guide page: who to contact for which trouble, where the content comes from
// (the guide and each outside source in full), and what the date next to it means.
import { defineComponent } from '../../../common/define';
import { contactLines } from '../../../content/contact';
import { CHECKED_ON_NOTE } from '../../../content/sources';

defineComponent({
  properties: {
    sources: { type: Object, value: { lines: [], checkedOn: '' } },
  },
  data: {
    contactLines: contactLines(),
    checkedOnNote: CHECKED_ON_NOTE,
  },
});
