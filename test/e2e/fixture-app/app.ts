// A tiny mini-program that exercises the preview's wx shims and built-in components in e2e tests
// (share button with a canvas-drawn image, input, dialog, navigator, storage, launch options).
App<IAppOption>({ globalData: {} });
