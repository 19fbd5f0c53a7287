/**
 * The inspector: edits whatever is selected. One form per kind of element,
 * keyed by the element's id so a new selection starts a fresh form.
 */
import { MousePointerClick, Trash2, X } from 'lucide-react';
import { projectStats } from '../../../shared/analysis/stats.ts';
import { findElement, type ElementOf } from '../../state/elements.ts';
import { selectJourney, useAppStore, useAppStoreApi } from '../../state/store.ts';
import { ConnectionInspector } from './ConnectionInspector.tsx';
import { DataLinkInspector } from './DataLinkInspector.tsx';
import { PanelHeader, plural } from './fields.tsx';
import { FrictionInspector } from './FrictionInspector.tsx';
import { OpportunityInspector } from './OpportunityInspector.tsx';
import { StageInspector } from './StageInspector.tsx';
import { SystemInspector } from './SystemInspector.tsx';
import { TouchpointInspector } from './TouchpointInspector.tsx';
import './inspector.css';

const KIND_LABELS: Record<ElementOf['kind'], [string, string]> = {
  stage: ['Stage', 'stages'],
  touchpoint: ['Touchpoint', 'touchpoints'],
  friction: ['Friction point', 'friction points'],
  opportunity: ['Opportunity', 'opportunities'],
  connection: ['Connection', 'connections'],
  lane: ['Lane', 'lanes'],
  persona: ['Persona', 'personas'],
  dataLink: ['Data link', 'data links'],
  system: ['System', 'systems'],
};

export function Inspector() {
  const store = useAppStoreApi();
  const selection = useAppStore((s) => s.selection);
  const project = useAppStore((s) => s.project);
  const journey = useAppStore(selectJourney);
  const elements = selection.map((id) => findElement(project, journey, id)).filter((e): e is ElementOf => e !== null);
  const close = (
    <button type="button" className="icon-button" aria-label="Close inspector" title="Close inspector (Ctrl+I)" onClick={() => store.getState().setUi({ inspectorOpen: false })}>
      <X size={16} aria-hidden="true" />
    </button>
  );

  let title = 'Inspector';
  let body;
  if (elements.length === 0) {
    body = <NothingSelected />;
  } else if (elements.length > 1) {
    title = 'Selection';
    body = <ManySelected elements={elements} />;
  } else {
    const element = elements[0]!;
    title = KIND_LABELS[element.kind][0];
    body = <ElementForm key={element.item.id} element={element} />;
  }
  return (
    <aside className="side-panel inspector" aria-label="Inspector">
      <PanelHeader title={title}>{close}</PanelHeader>
      {body}
    </aside>
  );
}

function ElementForm({ element }: { element: ElementOf }) {
  const store = useAppStoreApi();
  switch (element.kind) {
    case 'stage': return <StageInspector stage={element.item} />;
    case 'touchpoint': return <TouchpointInspector touchpoint={element.item} />;
    case 'friction': return <FrictionInspector friction={element.item} />;
    case 'opportunity': return <OpportunityInspector opportunity={element.item} />;
    case 'connection': return <ConnectionInspector connection={element.item} />;
    case 'dataLink': return <DataLinkInspector link={element.item} />;
    case 'system': return <SystemInspector system={element.item} />;
    case 'lane':
    case 'persona':
      return (
        <div className="panel-empty">
          <p>{element.kind === 'lane' ? 'Lanes' : 'Personas'} are edited in the journey setup panel.</p>
          <button type="button" className="button" onClick={() => store.getState().setUi({ sidePanel: 'journey' })}>Open lanes and personas</button>
        </div>
      );
  }
}

function NothingSelected() {
  const project = useAppStore((s) => s.project);
  const stats = projectStats(project);
  const rows: [string, number][] = [
    ['Stages', stats.stages], ['Touchpoints', stats.touchpoints], ['Friction points', stats.frictions],
    ['Opportunities', stats.opportunities], ['Personas', stats.personas], ['Systems', stats.systems],
  ];
  return (
    <>
      <div className="panel-empty inspector-empty">
        <MousePointerClick size={28} aria-hidden="true" className="inspector-empty-icon" />
        <p>Select a stage, touchpoint or friction point to edit it. Double-click a name to rename it.</p>
      </div>
      <section className="panel-section" aria-label="Project summary">
        <h3>{project.name}</h3>
        <dl className="summary">
          {rows.map(([label, n]) => (
            <div key={label} className="summary-row"><dt>{label}</dt><dd>{n}</dd></div>
          ))}
        </dl>
      </section>
    </>
  );
}

function ManySelected({ elements }: { elements: ElementOf[] }) {
  const store = useAppStoreApi();
  const counts = new Map<ElementOf['kind'], number>();
  for (const e of elements) counts.set(e.kind, (counts.get(e.kind) ?? 0) + 1);
  const parts = [...counts].map(([kind, n]) => plural(n, KIND_LABELS[kind][0].toLowerCase(), KIND_LABELS[kind][1]));
  const remove = () => {
    const s = store.getState();
    s.dispatch({ name: 'deleteElements', payload: { journeyId: s.journeyId, ids: elements.map((e) => e.item.id) } }, []);
  };
  return (
    <section className="panel-section" aria-label="Selection">
      <p className="inspector-count">{elements.length} items selected</p>
      <p className="hint">{parts.join(', ')}</p>
      <div className="button-row">
        <button type="button" className="button danger" onClick={remove}><Trash2 size={16} aria-hidden="true" />Delete</button>
      </div>
    </section>
  );
}
