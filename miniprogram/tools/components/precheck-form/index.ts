// 填写前自查: the student types what they are about to enter on CHSI and sees, per field, what
// would go wrong. Values live only in this component's data: never stored, never sent.
import { PASSWORD_RULES } from '../../core/validators/password';
import {
  emptyPrecheckViews,
  isPrecheckFieldKey,
  precheckFieldView,
  type PrecheckFieldView,
} from '../../core/validators/view';
import { datasetString } from '../../../services/navigation';

interface PrecheckFormData {
  fields: PrecheckFieldView[];
  passwordRules: typeof PASSWORD_RULES;
}

const initial: PrecheckFormData = { fields: [], passwordRules: PASSWORD_RULES };

type Instance = WechatMiniprogram.Component.TrivialInstance;

function update(instance: Instance, key: string, value: string): void {
  const data = instance.data as PrecheckFormData;
  const index = data.fields.findIndex((field) => field.key === key);
  const field = data.fields[index];
  if (!field) return;
  instance.setData({ [`fields[${index}]`]: precheckFieldView(field, value, new Date()) });
}

Component({
  // app.wxss's shared styles (input label, notices) apply inside, as in the pages.
  options: { addGlobalClass: true },
  data: initial,
  lifetimes: {
    attached(this: Instance) {
      this.setData({ fields: emptyPrecheckViews(new Date()) });
    },
  },
  methods: {
    onChange(this: Instance, event: WechatMiniprogram.CustomEvent) {
      const key = datasetString(event, 'key');
      if (!isPrecheckFieldKey(key)) return;
      update(this, key, typeof event.detail === 'string' ? event.detail : '');
    },
    onUseSuggestion(this: Instance, event: WechatMiniprogram.BaseEvent) {
      const key = datasetString(event, 'key');
      const suggestion = datasetString(event, 'suggestion');
      if (!isPrecheckFieldKey(key) || suggestion === undefined) return;
      update(this, key, suggestion);
    },
  },
});
