// One of the guide's problems, opened as /pages/problem/index?id=3&part=classmate.
import { guidePage } from '../../common/guide-page';
import { problemPageData } from '../../views/guide-page';

guidePage(problemPageData);
