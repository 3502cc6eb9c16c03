// 问题诊断: walks the decision tree in content/finder.ts one question at a time, with 上一步.
import { FINDER_START, finderView, type FinderNodeId, type FinderView } from '../../content/finder';
import { contactLines } from '../../../content/contact';
import { datasetString, openFromEvent } from '../../../services/navigation';

interface FinderPageData {
  path: FinderNodeId[];
  view: FinderView;
  contact: string;
}

const initial: FinderPageData = {
  path: [FINDER_START],
  view: finderView([FINDER_START]),
  contact: contactLines().join('\n'),
};

type Instance = WechatMiniprogram.Component.TrivialInstance;

function show(instance: Instance, path: FinderNodeId[]): void {
  instance.setData({ path, view: finderView(path) });
}

Component({
  data: initial,
  methods: {
    onChoose(this: Instance, event: WechatMiniprogram.BaseEvent) {
      const next = datasetString(event, 'next');
      if (next === undefined) return;
      show(this, [...(this.data as FinderPageData).path, next]);
    },
    onBack(this: Instance) {
      const path = (this.data as FinderPageData).path;
      show(this, path.length > 1 ? path.slice(0, -1) : path);
    },
    onRestart(this: Instance) {
      show(this, [FINDER_START]);
    },
    onOpen(event: WechatMiniprogram.BaseEvent) {
      openFromEvent(event);
    },
    onShareAppMessage() {
      return { title: '学信网遇到问题？几步找到办法', path: '/pages/finder/index' };
    },
  },
});
