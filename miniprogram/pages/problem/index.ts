// One of the nine problems, opened as /pages/problem/index?id=3&part=classmate.
import { guidePageBehavior } from '../../behaviors/guide-page';
import { problemPageData } from '../../content/page-data';

Component({
  behaviors: [guidePageBehavior(problemPageData)],
});
