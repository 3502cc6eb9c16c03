// One guide section (注册 or 登录并核对), opened as /pages/section/index?id=register&part=form.
import { guidePageBehavior } from '../../behaviors/guide-page';
import { sectionPageData } from '../../content/page-data';

Component({
  behaviors: [guidePageBehavior(sectionPageData)],
});
