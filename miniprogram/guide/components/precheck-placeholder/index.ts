// What a section page shows where the 填写前自查 form goes until the tools subpackage has loaded
// (分包异步化): a loading line and a link to the form's own page, so a slow or failed download
// never leaves an empty box under the heading.
import { defineComponent } from '../../../common/define';
import { PAGES } from '../../../core/page-paths';

defineComponent({
  data: { url: PAGES.precheck },
});
