// Fixture page: shows what it was opened with (query, scene, stored value, stack depth).
interface SecondFixtureData {
  query: string;
  scene: number;
  saved: string;
  stack: number;
}

const initial: SecondFixtureData = { query: '', scene: 0, saved: '', stack: 0 };

type Instance = WechatMiniprogram.Component.TrivialInstance;

Component({
  data: initial,
  methods: {
    onLoad(this: Instance, query: Record<string, string | undefined>) {
      const stored = wx.getStorageSync<{ saved?: string } | ''>('fixture');
      this.setData({
        query: JSON.stringify(query),
        scene: wx.getLaunchOptionsSync().scene,
        saved: stored === '' ? '' : (stored.saved ?? ''),
        stack: getCurrentPages().length,
      });
    },
    onBack(this: Instance) {
      void wx.navigateBack();
    },
    onRedirect(this: Instance) {
      void wx.redirectTo({ url: '/pages/share/index' });
    },
  },
});

export {};
