import { useEffect } from 'preact/hooks';
import { ChecksSection } from './checks-section';
import { CollapsedTab } from './collapsed-tab';
import { DraftSection } from './draft-section';
import { focusSoon } from './focus-soon';
import type { PanelModel } from './panel-model';
import { PickSection } from './pick-section';
import { t } from '../ui/i18n';

/**
 * The panel beside one compose window. Everything is rendered as text (Preact escapes it),
 * so notes holding markup show literally and never run.
 */
export function Panel({ model }: { model: PanelModel }) {
  const host = model.compose.value?.host ?? 'gmail';
  const collapsed = model.collapsed.value;

  // Escape folds the panel and hands focus back to the draft (WCAG 2.1.2: no trap).
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || event.defaultPrevented || model.collapsed.peek()) return;
      event.preventDefault();
      model.dismiss();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [model]);

  // The keyboard command opened the panel: focus its first control.
  const focusRequest = model.focusRequest.value;
  useEffect(() => {
    if (focusRequest > 0) focusSoon('.ft button, .ft select, .ft input');
  }, [focusRequest]);

  return (
    // `host-…` is the hook for Outlook's look, which comes later.
    <aside aria-label={t('panelName')} class={`ft host-${host}${collapsed ? ' is-collapsed' : ''}`}>
      {collapsed ? <CollapsedTab model={model} /> : <Header model={model} />}
      {/* Present from the start so screen readers announce its changes (WCAG 4.1.3). */}
      <p role="status" class={collapsed ? 'visually-hidden' : 'status-line'}>
        {model.statusLine.value}
      </p>
      <Alerts model={model} />
      {!collapsed && model.cramped.value && (
        <p class="small muted cramped-note">{t('panelCramped')}</p>
      )}
      {!collapsed && <Body model={model} />}
    </aside>
  );
}

function Header({ model }: { model: PanelModel }) {
  return (
    <header class="header">
      <h1 class="title">{t('panelName')}</h1>
      <button
        type="button"
        class="icon-button"
        id="ft-collapse"
        aria-expanded="true"
        aria-controls="ft-body"
        aria-label={t('panelHide')}
        title={t('panelHideTitle')}
        onClick={() => {
          model.setCollapsed(true);
          focusSoon('#ft-expand');
        }}
      >
        <span aria-hidden="true">›</span>
      </button>
    </header>
  );
}

function Body({ model }: { model: PanelModel }) {
  if (model.loading.value) return <div id="ft-body" class="body" />;
  if (!model.hasInterviews.value) return <NoInterviews model={model} />;
  return (
    <div id="ft-body" class="body">
      <PickSection model={model} />
      {model.picked.value && !model.choosing.value && (
        <>
          <DraftSection model={model} />
          <ChecksSection model={model} />
        </>
      )}
    </div>
  );
}

function NoInterviews({ model }: { model: PanelModel }) {
  return (
    <div id="ft-body" class="body">
      <section class="card empty">
        <h2>{t('panelNoInterviews')}</h2>
        <p>{t('panelNoInterviewsText')}</p>
        <button type="button" class="button" onClick={() => void model.openOptions()}>
          {t('panelOpenOptions')}
        </button>
      </section>
    </div>
  );
}

/** Blocking problems, announced at once (role="alert", present from the start). */
function Alerts({ model }: { model: PanelModel }) {
  const messages: string[] = [];
  const connection = model.connection.value;
  if (connection.state === 'lost') {
    messages.push(t('panelLost', [connection.reason]));
  }
  if (model.missingParts.value.includes('body')) {
    messages.push(t('panelNoBody'));
  }
  const insert = model.insertStatus.value;
  if (insert.state === 'failed') messages.push(t('panelInsertFailed', [insert.reason]));
  const sent = model.sendStatus.value;
  if (sent.state === 'failed') messages.push(sent.reason);
  const storeError = model.storeError.value;
  if (storeError) messages.push(storeError);
  return (
    <div role="alert" class={messages.length ? 'alerts' : 'alerts is-empty'}>
      {messages.map((m) => (
        <p key={m}>{m}</p>
      ))}
    </div>
  );
}
