// 填写前自查 as its own page: the form, and a word on what it checks. Nothing typed is stored.
import { definePage } from '../../../common/define';

definePage({
  methods: {
    onShareAppMessage() {
      return { title: '注册学信网前，先自查一遍', path: '/pages/precheck/index' };
    },
  },
});
