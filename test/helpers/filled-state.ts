// This checkout's state (project.config.json, title bars, Vant build) as `npm run check -- --fix`
// leaves it for a filled configuration: what the configuration check reads besides the values.
import * as path from 'node:path';
import type { StaffConfig } from '../../miniprogram/content/staff-config';
import { TITLE_FILES, readProjectState } from '../../scripts/lib/config-check';
import { OTHER_STAFF } from './other-college';

const ROOT = path.resolve(__dirname, '../..');

export function filledState(staff: StaffConfig = OTHER_STAFF): ReturnType<typeof readProjectState> {
  return {
    ...readProjectState(ROOT),
    projectAppid: staff.appId,
    titles: Object.fromEntries(TITLE_FILES.map((file) => [file, staff.appName])),
  };
}
