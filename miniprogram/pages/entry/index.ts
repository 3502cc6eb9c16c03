// Entry: the page the QR prefix, the menu and wxacodes open. It resolves the arrival and replaces
// itself with the target, so Back never returns here; it shows only a one-line "opening" text.
import { definePage } from '../../common/define-page';
import type { RawQuery } from '../../core/query';
import { enterScene } from '../../services/enter-options';
import { replacePage, replaceThenOpen } from '../../services/navigation';
import { ENTRY_FALLBACK_URL, entryPlan } from '../../views/entry';

definePage({
  methods: {
    onLoad(query: RawQuery) {
      const plan = entryPlan({ query, scene: enterScene() });
      // Never left on "正在打开…": a target that cannot be opened at all ends on home, told why.
      if (plan.start === null) replacePage(plan.target, ENTRY_FALLBACK_URL);
      else replaceThenOpen(plan.start, plan.target, ENTRY_FALLBACK_URL);
    },
  },
});
