// The foot of every guide page: who to contact, where the content comes from, when it was checked.
import { CONTACT_TEXT } from '../../content/problems';

Component({
  options: { addGlobalClass: true },
  properties: {
    sources: { type: Object, value: { lines: [], checkedOn: '' } },
  },
  data: {
    contactText: CONTACT_TEXT,
  },
});
