// Reads how the mini-program was entered (the scene number) from WeChat; pure code takes it from here.

/** The scene number of the current entry, or undefined when the client does not tell. */
export function enterScene(): number | undefined {
  try {
    // getEnterOptionsSync exists from base library 2.9.4; older clients only have the launch options.
    const options =
      typeof wx.getEnterOptionsSync === 'function'
        ? wx.getEnterOptionsSync()
        : wx.getLaunchOptionsSync();
    return typeof options.scene === 'number' ? options.scene : undefined;
  } catch {
    return undefined;
  }
}
