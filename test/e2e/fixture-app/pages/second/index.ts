// Fixture page: shows what it was opened with (query, scene, stored value, stack depth), and what
// a phone call or a calendar reminder answered.
interface SecondFixtureData {
  query: string;
  scene: number;
  saved: string;
  stack: number;
  outcome: string;
}

const initial: SecondFixtureData = { query: '', scene: 0, saved: '', stack: 0, outcome: '' };

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
    onCall(this: Instance) {
      wx.makePhoneCall({
        phoneNumber: '10086',
        success: () => {
          this.setData({ outcome: 'called' });
        },
        fail: (error) => {
          this.setData({ outcome: error.errMsg });
        },
      });
    },
    onCalendar(this: Instance) {
      wx.addPhoneCalendar({
        title: '再申请同学协助',
        startTime: 1_788_000_000,
        success: () => {
          this.setData({ outcome: 'calendar ok' });
        },
        fail: (error) => {
          this.setData({ outcome: error.errMsg });
        },
      });
    },
  },
});

export {};
