// The wx APIs WeChat gates behind the privacy guide (用户隐私保护指引), by the item the college
// declares in the admin console. Source: WeChat, 小程序用户隐私保护指引内容介绍,
// https://developers.weixin.qq.com/miniprogram/dev/framework/user-privacy/miniprogram-intro.html
export const PRIVACY_ITEMS: Readonly<Record<string, readonly string[]>> = {
  剪切板: ['setClipboardData', 'getClipboardData'],
  '日历（仅写入）': ['addPhoneCalendar', 'addPhoneRepeatCalendar'],
  '相册（仅写入）': ['saveImageToPhotosAlbum', 'saveVideoToPhotosAlbum'],
  '通讯录（仅写入）': ['addPhoneContact'],
  选中的照片或视频信息: ['chooseImage', 'chooseMedia', 'chooseVideo'],
  选中的文件: ['chooseMessageFile'],
  位置信息: [
    'getLocation',
    'getFuzzyLocation',
    'startLocationUpdate',
    'startLocationUpdateBackground',
  ],
  选择的位置信息: ['chooseLocation', 'choosePoi'],
  地址: ['chooseAddress'],
  发票信息: ['chooseInvoice', 'chooseInvoiceTitle'],
  微信运动步数: ['getWeRunData'],
  麦克风: ['startRecord', 'getRecorderManager', 'joinVoIPChat'],
  摄像头: ['createCameraContext', 'createVKSession'],
  蓝牙: ['openBluetoothAdapter', 'createBLEPeripheralServer'],
};
