// Global types for the mini-program.

interface IAppOption {
  globalData: Record<string, never>;
}
