// Runs around every e2e test file (jest setupFilesAfterEnv): the phones a test opened are closed
// after it, and the file's connection to the shared browser after the file.
import { closeOpenApps, closeSharedBrowser } from './app';

afterEach(async () => {
  await closeOpenApps();
});

afterAll(async () => {
  await closeSharedBrowser();
});
