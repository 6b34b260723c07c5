// The usage report's codes in the user's words: a model's caveats (the cost notices' own messages) and the spelling of usage not grouped by model.
import type { Translate } from '../i18n';
import { componentName } from '../tag-view';
import type { UsageCaveat } from './price-usage';
import { UNGROUPED_SPELLING } from './record';
import type { ModelCaveat } from './report';

/** The caveat as the estimates word the same fact (priced at standard, web search not included), never its code. */
export function caveatText(caveat: UsageCaveat, t: Translate): string {
  switch (caveat) {
    case 'batch-at-standard':
      return t('notices.batchUnavailable');
    case 'web-search-not-sold':
      return t('notices.toolUnavailable', [componentName('webSearch', t)]);
  }
}

/** One note of the report: the model (by `label`, its name or id), then its caveat worded. */
export const modelCaveatText = (note: ModelCaveat, label: string, t: Translate): string =>
  `${label}: ${caveatText(note.caveat, t)}`;

/** A spelling as shown to people: the file's own, or for usage not grouped by model, said so in their language. */
export const spellingText = (spelling: string, t: Translate): string =>
  spelling === UNGROUPED_SPELLING ? t('usage.ungrouped') : spelling;
