import type { PanelModel } from './panel-model';
import { focusSoon } from './focus-soon';
import { t } from '../ui/i18n';

/** The folded panel: one button the size of the tab the content script leaves room for. */
export function CollapsedTab({ model }: { model: PanelModel }) {
  const report = model.report.value;
  // A concern the checks are not sure of is something to look at too.
  const missing = report?.concerns?.filter((c) => c.state !== 'answered').length ?? 0;
  const count = (report?.problems ?? 0) + missing;
  const label =
    count === 0
      ? t('tabShow')
      : count === 1
        ? t('tabShowCountOne')
        : t('tabShowCountMany', [count]);
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
        {t('tabMark')}
      </span>
      {count > 0 && (
        <span aria-hidden="true" class="tab-count">
          {count}
        </span>
      )}
    </button>
  );
}
