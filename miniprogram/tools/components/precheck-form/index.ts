// 填写前自查: the student types what they are about to enter on CHSI and sees, per field, what
// would go wrong. Values live only in this component's data: never stored, never sent.
import { defineComponent } from '../../../common/define';
import { datasetString } from '../../../services/navigation';
import { passwordRules } from '../../core/validators/password';
import { GUIDE_NAME } from '../../../content/sources';
import {
  emptyPrecheckViews,
  isPrecheckFieldKey,
  precheckFieldView,
  type PrecheckFieldView,
} from '../../views/precheck';

const noFields: PrecheckFieldView[] = [];

defineComponent({
  data: { fields: noFields, passwordRules: passwordRules(GUIDE_NAME) },
  lifetimes: {
    attached() {
      this.setData({ fields: emptyPrecheckViews(new Date()) });
    },
  },
  methods: {
    update(key: string, value: string) {
      const index = this.data.fields.findIndex((field) => field.key === key);
      const field = this.data.fields[index];
      if (!field) return;
      this.setData({ [`fields[${index}]`]: precheckFieldView(field, value, new Date()) });
    },
    onChange(event: WechatMiniprogram.Input) {
      const key = datasetString(event, 'key');
      if (!isPrecheckFieldKey(key)) return;
      this.update(key, event.detail.value);
    },
    onUseSuggestion(event: WechatMiniprogram.BaseEvent) {
      const key = datasetString(event, 'key');
      const suggestion = datasetString(event, 'suggestion');
      if (!isPrecheckFieldKey(key) || suggestion === undefined) return;
      this.update(key, suggestion);
    },
  },
});
