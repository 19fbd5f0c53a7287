/**
 * Side-by-side mode: the same journey in two panes, Marketing lens on the
 * left and IT lens on the right. Both panes read one store, so an edit in
 * either shows in both at once and a selection highlights in both; pan and
 * zoom follow each other while the lock is on.
 */
import { ReactFlowProvider, type ReactFlowInstance, type Viewport } from '@xyflow/react';
import { Link2, Link2Off, X } from 'lucide-react';
import { useCallback, useRef } from 'react';
import { useAppStore, useAppStoreApi } from '../state/store.ts';
import type { Lens } from '../state/viewSlice.ts';
import type { JourneyFlowNode } from './flowModel.ts';
import { JourneyCanvas } from './JourneyCanvas.tsx';

type Instance = ReactFlowInstance<JourneyFlowNode>;

export function SideBySide({ onInit }: { onInit(instance: Instance): void }) {
  const store = useAppStoreApi();
  const sync = useAppStore((s) => s.syncPanes);
  const panes = useRef<Record<'left' | 'right', Instance | null>>({ left: null, right: null });
  const follow = useCallback((other: 'left' | 'right') => (viewport: Viewport, byUser: boolean) => {
    if (byUser && store.getState().syncPanes) void panes.current[other]?.setViewport(viewport);
  }, [store]);
  const onLeft = useCallback((instance: Instance) => { panes.current.left = instance; onInit(instance); }, [onInit]);
  const onRight = useCallback((instance: Instance) => {
    panes.current.right = instance;
    const left = panes.current.left;
    if (left && store.getState().syncPanes) void instance.setViewport(left.getViewport());
  }, [store]);
  return (
    <div className="panes">
      <div className="panes-bar" role="toolbar" aria-label="Side by side">
        <button type="button" className={`button${sync ? ' is-on' : ''}`} aria-pressed={sync} title="Pan and zoom both panes together"
          onClick={() => store.getState().setUi({ syncPanes: !sync })}>
          {sync ? <Link2 size={16} aria-hidden="true" /> : <Link2Off size={16} aria-hidden="true" />}Sync pan and zoom
        </button>
        <button type="button" className="button" onClick={() => store.getState().setUi({ sideBySide: false })}>
          <X size={16} aria-hidden="true" />Leave side by side
        </button>
      </div>
      <Pane title="Marketing lens" lens="marketing" onInit={onLeft} onMove={follow('right')} />
      <Pane title="IT lens" lens="it" onInit={onRight} onMove={follow('left')} />
    </div>
  );
}

function Pane({ title, lens, onInit, onMove }: { title: string; lens: Lens; onInit(i: Instance): void; onMove(v: Viewport, byUser: boolean): void }) {
  return (
    <section className={`pane pane-${lens}`} aria-label={`${title} pane`}>
      <h2 className="pane-title">{title}</h2>
      <ReactFlowProvider>
        <JourneyCanvas lens={lens} onInit={onInit} onViewportMove={onMove} label={`Journey canvas, ${title}`} />
      </ReactFlowProvider>
    </section>
  );
}
