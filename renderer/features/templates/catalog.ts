/**
 * The choices of "New from template": two blank presets and the ready-made
 * journeys bundled from assets/templates. Choosing one replaces the open
 * document (after the unsaved-changes question) with a fresh copy.
 */
import { projectStats } from '../../../shared/analysis/stats.ts';
import { createProject } from '../../../shared/domain/defaults.ts';
import { createId } from '../../../shared/domain/ids.ts';
import type { Project } from '../../../shared/domain/model.ts';
import type { JourneyKind } from '../../../shared/domain/vocab.ts';
import { loadProjectText } from '../../../shared/file/load.ts';
import { confirmDiscard } from '../../actions/file.ts';
import type { Platform } from '../../platform/types.ts';
import type { AppStore } from '../../state/store.ts';

export interface TemplateCounts { stages: number; touchpoints: number; frictions: number; personas: number }

export interface TemplateChoice {
  /** Stable key: `blank:<kind>` or the template's file name. */
  key: string;
  name: string;
  description: string;
  kind: JourneyKind;
  /** Null for the blank presets. */
  counts: TemplateCounts | null;
  /** A fresh project to open (new id and timestamps every call). */
  create(now: string): Project;
}

const BLANK: TemplateChoice[] = [
  {
    key: 'blank:journey-map',
    name: 'Blank journey map',
    description: 'An empty map with lanes for customer actions, touchpoints, emotions, friction, opportunities and systems.',
    kind: 'journey-map',
    counts: null,
    create: (now) => createProject({ now, kind: 'journey-map' }),
  },
  {
    key: 'blank:service-blueprint',
    name: 'Blank service blueprint',
    description: 'An empty blueprint with physical evidence, customer actions, frontstage, backstage, support processes and systems.',
    kind: 'service-blueprint',
    counts: null,
    create: (now) => createProject({ now, kind: 'service-blueprint', name: 'Untitled service blueprint' }),
  },
];

/** The same content under a new project id, created and updated now. */
export function copyOfTemplate(template: Project, now: string): Project {
  return { ...template, id: createId('project'), createdAt: now, updatedAt: now };
}

/** Turn bundled file texts (path → text) into choices; files that fail to load are skipped. */
export function templateChoices(files: Record<string, string>): TemplateChoice[] {
  const out: TemplateChoice[] = [];
  for (const [path, text] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const loaded = loadProjectText(text);
    if (!loaded.ok) {
      console.warn(`Template ${path} could not be loaded: ${loaded.error.message}`);
      continue;
    }
    const project = loaded.project;
    const journey = project.journeys[0]!;
    const stats = projectStats(project);
    out.push({
      key: path.split('/').pop() ?? path,
      name: project.name,
      description: journey.description,
      kind: journey.kind,
      counts: { stages: stats.stages, touchpoints: stats.touchpoints, frictions: stats.frictions, personas: stats.personas },
      create: (now) => copyOfTemplate(project, now),
    });
  }
  return out;
}

const BUNDLED = import.meta.glob<string>('../../../assets/templates/*.touchline', { query: '?raw', import: 'default', eager: true });

export const TEMPLATE_CHOICES: TemplateChoice[] = [...BLANK, ...templateChoices(BUNDLED)];

/**
 * Open a project from a template: ask about unsaved changes first, then
 * replace the document. Resolves true when the template was opened.
 */
export async function openTemplate(store: AppStore, choice: Pick<TemplateChoice, 'create' | 'name'>, platform: Platform): Promise<boolean> {
  if (!(await confirmDiscard({ store, platform }, 'starting from a template'))) return false;
  const s = store.getState();
  s.replaceDocument(choice.create(new Date().toISOString()), null);
  s.setUi({ templatesOpen: false });
  s.notify('success', `Started from "${choice.name}"`);
  return true;
}
