// Renders one part of a section or problem: its title, badge and blocks (text, notices, steps,
// lists, described screens, form fields, links and the copy-the-address action).
import { defineComponent } from '../../common/define';
import { schoolConfig } from '../../content/school-config';
import { copyChsiBehavior } from '../../behaviors/copy-chsi';
import type { PartView } from '../../views/guide';

defineComponent({
  behaviors: [copyChsiBehavior],
  properties: {
    part: { type: Object, value: {} as PartView },
  },
  data: {
    chsiUrl: schoolConfig.chsiUrl,
    chsiDomain: schoolConfig.chsiDomain,
  },
});
