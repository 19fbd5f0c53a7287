/** The formats the Export dialog offers: PNG plus every text format `exportProject` supports. */
import { EXPORT_EXTENSIONS, EXPORT_FORMATS, type ExportFormat } from '../../../shared/export/index.ts';
import { EXPORT_KINDS, type ExportKind } from '../../../shared/ipc/contract.ts';

export type ExportChoice = 'png' | ExportFormat;

const LABELS: Record<string, string> = {
  'png': 'PNG image',
  'json': 'Project file (.touchline JSON)',
  'roadmap-json': 'Roadmap JSON',
  'roadmap-csv': 'Roadmap CSV (Jira, spreadsheets)',
  'mermaid': 'Mermaid journey',
  'canvas': 'JSON Canvas (Obsidian)',
  'decisions-md': 'Decision log (Markdown)',
  'decisions-csv': 'Decision log (CSV)',
};

const isKind = (value: string): value is ExportKind => (EXPORT_KINDS as readonly string[]).includes(value);

/** PNG first, then the text formats in the order shared/export lists them (new ones appear by themselves). */
export const EXPORT_CHOICES: readonly ExportChoice[] = ['png', ...EXPORT_FORMATS.filter((f) => isKind(f))];

export const choiceLabel = (choice: ExportChoice): string => LABELS[choice] ?? choice;

export function extensionOf(choice: ExportChoice): string {
  return choice === 'png' ? 'png' : (EXPORT_EXTENSIONS as Record<string, string>)[choice] ?? 'txt';
}

export const kindOf = (choice: ExportChoice): ExportKind => choice as ExportKind;
