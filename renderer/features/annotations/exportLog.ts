/** Export the current journey's decision log (every element with a status or notes) as Markdown or CSV through the platform. */
import { decisionLogCsv, decisionLogMarkdown } from '../../../shared/export/decisions.ts';
import type { AppStore } from '../../state/store.ts';
import { appPlatform } from '../identity/identity.ts';

export async function exportDecisionLog(store: AppStore, kind: 'decisions-md' | 'decisions-csv'): Promise<void> {
  const { project, journeyId, notify } = store.getState();
  const markdown = kind === 'decisions-md';
  const text = markdown ? decisionLogMarkdown(project, journeyId, { asOf: new Date().toISOString() }) : decisionLogCsv(project, journeyId);
  const fileName = `${project.name.trim() || 'Untitled project'} decision log.${markdown ? 'md' : 'csv'}`;
  try {
    const result = await appPlatform().exportFile(kind, fileName, text, 'utf8');
    if (!result.ok) notify('error', `The decision log could not be saved: ${result.error.message}`);
    else if (result.value) notify('success', `Decision log saved as ${result.value.name}`);
  } catch (error) {
    notify('error', `The decision log could not be saved: ${error instanceof Error ? error.message : String(error)}`);
  }
}
