import type { PanelModel } from './panel-model';
import { focusSoon } from './focus-soon';

/** The folded panel: one button the size of the tab the content script leaves room for. */
export function CollapsedTab({ model }: { model: PanelModel }) {
  const report = model.report.value;
  // A concern the checks are not sure of is something to look at too.
  const missing = report?.concerns?.filter((c) => c.state !== 'answered').length ?? 0;
  const count = (report?.problems ?? 0) + missing;
  const label = count
    ? `Show Follow-Through (${count} ${count === 1 ? 'thing' : 'things'} to check)`
    : 'Show Follow-Through';
  return (
    <button
      type="button"
      id="ft-expand"
      class="tab"
      aria-expanded="false"
      aria-label={label}
      title={label}
      onClick={() => {
        model.setCollapsed(false);
        focusSoon('#ft-collapse');
      }}
    >
      <span aria-hidden="true" class="tab-mark">
        FT
      </span>
      {count > 0 && (
        <span aria-hidden="true" class="tab-count">
          {count}
        </span>
      )}
    </button>
  );
}
