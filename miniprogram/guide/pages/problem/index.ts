// One of the guide's problems, opened as /guide/pages/problem/index?id=3&part=classmate.
import { guidePage } from '../../common/guide-page';
import { problemPageData } from '../../views/guide-page';

guidePage(problemPageData);
