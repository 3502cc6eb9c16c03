// Runs before every test file: installs the wx stand-in and getCurrentPages before any app code
// or miniprogram-simulate loads (simulate merges its own wx API under ours).
import { createWxMock, wxControl } from './wx-mock';

const globals = globalThis as unknown as Record<string, unknown>;
globals.wx = createWxMock();
globals.getCurrentPages = () => wxControl.pageStack;
