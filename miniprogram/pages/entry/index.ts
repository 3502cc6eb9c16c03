// Entry: the page the QR prefix, the menu and wxacodes open. It resolves the arrival and replaces
// itself with the target, so Back never returns here; it shows only a one-line "opening" text.
import { parseEntry, planEntry } from '../../core/entry';
import { enterScene } from '../../services/enter-options';
import { replacePage, replaceThenOpen } from '../../services/navigation';

Component({
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      const plan = planEntry(parseEntry({ query, scene: enterScene() }));
      if (plan.start === null) replacePage(plan.target);
      else replaceThenOpen(plan.start, plan.target);
    },
  },
});
