// Fixture page: draws a share image on a Canvas 2D node, shares it from a button, echoes input,
// asks with a dialog, saves to storage.
interface ShareFixtureData {
  imageUrl: string;
  name: string;
  answer: string;
}

interface CanvasNode {
  width: number;
  height: number;
  getContext(kind: '2d'): {
    fillStyle: string;
    font: string;
    fillRect(x: number, y: number, w: number, h: number): void;
    fillText(text: string, x: number, y: number): void;
  };
}

const initial: ShareFixtureData = { imageUrl: '', name: '', answer: '' };

type Instance = WechatMiniprogram.Component.TrivialInstance;

Component({
  data: initial,
  methods: {
    onReady(this: Instance) {
      wx.createSelectorQuery()
        .in(this)
        .select('#card')
        .fields({ node: true, size: true })
        .exec((results: { node?: CanvasNode }[]) => {
          const canvas = results[0]?.node;
          if (!canvas) return;
          canvas.width = 500;
          canvas.height = 400;
          const context = canvas.getContext('2d');
          context.fillStyle = '#1660c9';
          context.fillRect(0, 0, 500, 400);
          context.fillStyle = '#ffffff';
          context.font = '48px sans-serif';
          context.fillText('同学协助', 40, 200);
          wx.canvasToTempFilePath({
            canvas: canvas as unknown as WechatMiniprogram.Canvas,
            success: (result) => {
              this.setData({ imageUrl: result.tempFilePath });
            },
          });
        });
    },
    onShareAppMessage(
      this: Instance,
      options: WechatMiniprogram.Page.IShareAppMessageOption,
    ): WechatMiniprogram.Page.ICustomShareContent {
      const target = options.target as { dataset?: { kind?: string } } | undefined;
      return {
        title: `请帮我核对：${target?.dataset?.kind ?? options.from}`,
        path: '/pages/second/index?from=share&id=42',
        imageUrl: (this.data as ShareFixtureData).imageUrl,
      };
    },
    onInput(this: Instance, event: WechatMiniprogram.Input) {
      this.setData({ name: event.detail.value });
    },
    onAsk(this: Instance) {
      void wx.showModal({ title: '确认', content: '继续吗？' }).then((result) => {
        this.setData({ answer: result.confirm ? '已确定' : '已取消' });
      });
    },
    onSave(this: Instance) {
      wx.setStorageSync('fixture', { saved: (this.data as ShareFixtureData).name });
      void wx.showToast({ title: '已保存', icon: 'success' });
    },
  },
});

export {};
