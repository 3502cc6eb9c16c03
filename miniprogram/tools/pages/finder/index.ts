// 一步步诊断 (FINDER_NAME): walks the decision tree in tools/content/finder.ts one question at a time, with 上一步.
import { definePage } from '../../../common/define-page';
import { contactLines } from '../../../content/contact';
import { routeShare } from '../../../content/routes';
import { FINDER_NAME } from '../../../content/tools';
import { datasetString } from '../../../services/navigation';
import { FINDER_START, type FinderNodeId } from '../../content/finder';
import { finderView } from '../../views/finder';

const start: FinderNodeId[] = [FINDER_START];

definePage({
  // The forwarded card: this page through its route code (no typed text).
  share: () => routeShare('finder'),
  data: {
    path: start,
    view: finderView(start),
    contact: contactLines().join('\n'),
    finderName: FINDER_NAME,
  },
  methods: {
    show(path: FinderNodeId[]) {
      this.setData({ path, view: finderView(path) });
    },
    onChoose(event: WechatMiniprogram.BaseEvent) {
      const next = datasetString(event, 'next');
      if (next === undefined) return;
      this.show([...this.data.path, next]);
    },
    onBack() {
      const path = this.data.path;
      this.show(path.length > 1 ? path.slice(0, -1) : path);
    },
    onRestart() {
      this.show([FINDER_START]);
    },
  },
});
