// The foot of every guide page: who to contact, where the content comes from, when it was checked.
import { defineComponent } from '../../common/define';
import { CONTACT_TEXT } from '../../content/problems';

defineComponent({
  properties: {
    sources: { type: Object, value: { lines: [], checkedOn: '' } },
  },
  data: {
    contactText: CONTACT_TEXT,
  },
});
