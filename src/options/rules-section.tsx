/**
 * Every check the panel runs on a draft: a switch, its thresholds, and why it exists with
 * its source, so the user can judge a rule before turning it off.
 */
import { ruleCatalog } from '../core/checks/index';
import { resolveSetting } from '../core/checks/settings';
import type { RuleSetting, Settings } from '../core/model/types';
import type { Change } from '../ui/autosave';
import { CheckField } from '../ui/fields';
import { t, type MessageKey } from '../ui/i18n';
import { NumberField } from './number-field';

/** "card.goodMax" → "Card: most words for a good note". Unknown keys read as themselves. */
export function thresholdLabel(key: string): string {
  const dot = key.indexOf('.');
  const group = dot === -1 ? '' : key.slice(0, dot);
  const name = dot === -1 ? key : key.slice(dot + 1);
  // Thresholds come from the rules' defaults, so the key is built; an unknown one reads as
  // its own name rather than failing.
  const own = t(`threshold_${name}` as MessageKey);
  const label = own === `threshold_${name}` ? name : own;
  return group
    ? t(`thresholdGroup_${group}` as 'thresholdGroup_card' | 'thresholdGroup_followUp', [label])
    : label;
}

function stepFor(value: number): number {
  return Number.isInteger(value) ? 1 : 0.05;
}

export function RulesSection(props: { settings: Settings; edit: (c: Change<Settings>) => void }) {
  const catalog = ruleCatalog();
  const setRule = (id: string, change: (s: RuleSetting) => RuleSetting) =>
    props.edit((settings) => {
      const rule = catalog.find((r) => r.id === id);
      if (!rule) return settings;
      const current = resolveSetting(rule, settings.rules, id);
      return { ...settings, rules: { ...settings.rules, [id]: change(current) } };
    });
  const reset = (id: string) =>
    props.edit((settings) => {
      const rules = { ...settings.rules };
      delete rules[id];
      return { ...settings, rules };
    });

  return (
    <section id="checks" aria-labelledby="checks-title" class="panel-section">
      <h2 id="checks-title">{t('checksHeading')}</h2>
      <p class="muted">{t('checksIntro')}</p>
      <ul class="plain rule-list">
        {catalog.map((rule) => {
          const setting = resolveSetting(rule, props.settings.rules, rule.id);
          const custom = props.settings.rules[rule.id] !== undefined;
          const keys = Object.keys(rule.defaults.thresholds);
          return (
            <li key={rule.id} class="card rule">
              <fieldset>
                <legend>{t(rule.title)}</legend>
                <CheckField
                  id={`rule-${rule.id}`}
                  label={t('ruleEnabled')}
                  checked={setting.enabled}
                  hint={t('ruleWhy', [t(rule.reason)])}
                  onValue={(enabled) => setRule(rule.id, (s) => ({ ...s, enabled }))}
                />
                {keys.length > 0 && (
                  <div class="thresholds">
                    {keys.map((key) => (
                      <NumberField
                        key={key}
                        id={`rule-${rule.id}-${key.replace('.', '-')}`}
                        label={thresholdLabel(key)}
                        value={setting.thresholds[key] ?? rule.defaults.thresholds[key] ?? 0}
                        min={0}
                        step={stepFor(rule.defaults.thresholds[key] ?? 1)}
                        onValue={(n) =>
                          setRule(rule.id, (s) => ({
                            ...s,
                            thresholds: { ...s.thresholds, [key]: n },
                          }))
                        }
                      />
                    ))}
                  </div>
                )}
                {custom && (
                  <div class="actions">
                    <button type="button" class="quiet" onClick={() => reset(rule.id)}>
                      {t('ruleDefaults', [t(rule.title).split(':')[0] ?? rule.id])}
                    </button>
                  </div>
                )}
              </fieldset>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
