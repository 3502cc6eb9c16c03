// One guide section (注册 or 登录并核对), opened as /guide/pages/section/index?id=register&part=form.
import { guidePage } from '../../common/guide-page';
import { sectionPageData } from '../../views/guide-page';

guidePage(sectionPageData);
