/**
 * The project's systems catalog: IT lists the systems behind the journey,
 * searches and filters them, edits one in place, imports a CSV export and
 * drags a system onto a touchpoint card to attach it.
 */
import { SidePanelHeader } from '../SidePanelHeader.tsx';
import { Plus, Search } from 'lucide-react';
import { useId, useMemo, useState, type DragEvent } from 'react';
import { createId } from '../../../shared/domain/ids.ts';
import type { System } from '../../../shared/domain/model.ts';
import { LIFECYCLES, SYSTEM_KINDS, type SystemKind } from '../../../shared/domain/vocab.ts';
import { SYSTEM_ICONS } from '../../canvas/systemIcons.ts';
import { useAppStore, useAppStoreApi } from '../../state/store.ts';
import { ImportSystemsButton } from './ImportSystemsDialog.tsx';
import { SystemEditor } from './SystemEditor.tsx';
import { SYSTEM_DRAG_TYPE } from '../../actions/systems.ts';
import { systemUsage, type SystemUsage } from './usage.ts';
import './catalog.css';


export function matchesSearch(system: System, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  return [system.name, system.vendor, system.businessOwner, system.technicalOwner, system.notes].some((t) => t.toLowerCase().includes(q));
}

export function CatalogPanel() {
  const store = useAppStoreApi();
  const systems = useAppStore((s) => s.project.systems);
  const [query, setQuery] = useState('');
  const [kind, setKind] = useState<SystemKind | ''>('');
  const [openId, setOpenId] = useState<string | null>(null);
  const [fresh, setFresh] = useState(false);
  const searchId = useId();
  const kindId = useId();
  const open = openId ? systems.find((s) => s.id === openId) : undefined;

  const shown = useMemo(
    () => systems.filter((s) => (!kind || s.kind === kind) && matchesSearch(s, query)),
    [systems, kind, query],
  );

  const addSystem = () => {
    const systemId = createId('system');
    store.getState().dispatch({ name: 'addSystem', payload: { systemId, name: 'New system', fields: kind ? { kind } : undefined } });
    store.getState().sealHistory();
    setFresh(true);
    setOpenId(systemId);
  };
  const openSystem = (systemId: string) => { setFresh(false); setOpenId(systemId); };

  return (
    <aside className="side-panel catalog-panel" aria-label="Systems catalog">
      <SidePanelHeader title="Systems catalog" />
      {open ? (
        <SystemEditor key={open.id} system={open} autoFocus={fresh} onClose={() => setOpenId(null)} />
      ) : (
        <section className="panel-section" aria-label="Systems">
          <div className="catalog-actions">
            <button type="button" className="button primary" onClick={addSystem}>
              <Plus size={16} aria-hidden="true" />Add system
            </button>
            <ImportSystemsButton />
          </div>
          {systems.length > 0 && (
            <div className="catalog-filters">
              <div className="catalog-search">
                <Search size={14} aria-hidden="true" />
                <label htmlFor={searchId} className="visually-hidden">Search systems</label>
                <input id={searchId} className="input" type="search" placeholder="Search systems" value={query} onChange={(e) => setQuery(e.target.value)} />
              </div>
              <label htmlFor={kindId} className="visually-hidden">Filter by kind</label>
              <select id={kindId} className="select" value={kind} onChange={(e) => setKind(e.target.value as SystemKind | '')}>
                <option value="">All kinds</option>
                {SYSTEM_KINDS.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
              </select>
            </div>
          )}
          <SystemList systems={shown} total={systems.length} onOpen={openSystem} />
        </section>
      )}
    </aside>
  );
}

function SystemList({ systems, total, onOpen }: { systems: System[]; total: number; onOpen(systemId: string): void }) {
  const project = useAppStore((s) => s.project);
  const usage = useMemo(() => systemUsage(project), [project]);
  if (total === 0) {
    return <p className="panel-empty">No systems yet. Add the systems behind this journey (CRM, shop, payment…) or import them from a CSV export of your inventory, then drag a system onto a touchpoint to show which data it uses.</p>;
  }
  if (systems.length === 0) return <p className="panel-empty">No systems match. Clear the search or choose “All kinds”.</p>;
  return (
    <>
      <p className="catalog-hint">Drag a system onto a touchpoint card to attach it.</p>
      <ul className="list catalog-list" aria-label="Systems">
        {systems.map((s) => <SystemRow key={s.id} system={s} usage={usage.get(s.id)} onOpen={onOpen} />)}
      </ul>
    </>
  );
}

function SystemRow({ system, usage, onOpen }: { system: System; usage: SystemUsage | undefined; onOpen(systemId: string): void }) {
  const Icon = SYSTEM_ICONS[system.kind];
  const detailId = useId();
  const uses = usage?.touchpoints.length ?? 0;
  const retiring = system.lifecycle === 'phase-out' || system.lifecycle === 'end-of-life';
  const name = system.name || 'Untitled system';
  const onDragStart = (event: DragEvent) => {
    event.dataTransfer.setData(SYSTEM_DRAG_TYPE, system.id);
    event.dataTransfer.setData('text/plain', name);
    event.dataTransfer.effectAllowed = 'link';
  };
  return (
    <li className={`list-item catalog-row${retiring ? ' is-retiring' : ''}`}>
      <button
        type="button"
        className="catalog-row-button"
        draggable
        aria-label={`System: ${name}`}
        aria-describedby={detailId}
        title="Edit, or drag onto a touchpoint to attach"
        onDragStart={onDragStart}
        onClick={() => onOpen(system.id)}
      >
        <span className="catalog-kind" title={SYSTEM_KINDS.labels[system.kind]}><Icon size={16} aria-hidden="true" /></span>
        <span className="catalog-main">
          <span className="catalog-name">{name}</span>
          <span id={detailId} className="catalog-detail">
            <span className="visually-hidden">{SYSTEM_KINDS.labels[system.kind]}, </span>
            {[uses === 1 ? '1 touchpoint' : `${uses} touchpoints`, system.vendor].filter(Boolean).join(' · ')}
            <span className="visually-hidden">, {LIFECYCLES.labels[system.lifecycle]}</span>
          </span>
        </span>
        <span className={`chip catalog-lifecycle lifecycle-${system.lifecycle}`} aria-hidden="true">{LIFECYCLES.labels[system.lifecycle]}</span>
      </button>
    </li>
  );
}
