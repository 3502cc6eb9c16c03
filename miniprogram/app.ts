// The mini-program's entry. It keeps no global state: pages read content and stores directly.
App<IAppOption>({
  globalData: {},
});
