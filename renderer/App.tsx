/** The window: toolbar, canvas, status bar, dialogs; wired to the platform. */
import { ReactFlowProvider, type ReactFlowInstance } from '@xyflow/react';
import { useEffect, useMemo, useRef } from 'react';
import { runAction, type ActionContext } from './actions/registry.ts';
import { openProject, save } from './actions/file.ts';
import { JourneyCanvas } from './canvas/JourneyCanvas.tsx';
import { SideBySide } from './canvas/SideBySide.tsx';
import type { JourneyFlowNode } from './canvas/flowModel.ts';
import { ErrorDialog, Notices, QuestionDialog } from './features/Dialogs.tsx';
import { ActivityRail } from './features/ActivityRail.tsx';
import { AlignmentPanel } from './features/alignment/AlignmentPanel.tsx';
import { AnnotationsPanel } from './features/annotations/AnnotationsPanel.tsx';
import { CatalogPanel } from './features/catalog/CatalogPanel.tsx';
import { EmptyState } from './features/EmptyState.tsx';
import { ExportDialog } from './features/export/ExportDialog.tsx';
import { setAppPlatform } from './features/identity/identity.ts';
import { Inspector } from './features/inspector/Inspector.tsx';
import { JourneyPanel } from './features/journey/JourneyPanel.tsx';
import { Presentation } from './features/presentation/Presentation.tsx';
import { RecoveryDialog } from './features/recovery/RecoveryDialog.tsx';
import { TemplatesDialog } from './features/templates/TemplatesDialog.tsx';
import { VotingPanel } from './features/voting/VotingPanel.tsx';
import { StatusBar } from './features/StatusBar.tsx';
import { Toolbar } from './features/Toolbar.tsx';
import { useClipboardEvents } from './features/useClipboardEvents.ts';
import { useShortcuts } from './features/useShortcuts.ts';
import type { Platform } from './platform/types.ts';
import { selectDirty, StoreContext, useAppStore, useAppStoreApi, type AppStore } from './state/store.ts';

export function App({ store, platform }: { store: AppStore; platform: Platform }) {
  return (
    <StoreContext.Provider value={store}>
      <ReactFlowProvider>
        <Shell store={store} platform={platform} />
      </ReactFlowProvider>
    </StoreContext.Provider>
  );
}

function Shell({ store, platform }: { store: AppStore; platform: Platform }) {
  // Modules outside the component tree (identity, decision-log export) use this window's one platform.
  useMemo(() => setAppPlatform(platform), [platform]);
  const flowRef = useRef<ReactFlowInstance<JourneyFlowNode> | null>(null);
  const ctx = useMemo<ActionContext>(() => ({ store, platform, flow: () => flowRef.current }), [store, platform]);
  useShortcuts(ctx);
  useClipboardEvents(store);
  useDesktopWiring(ctx);
  return (
    <div className="app">
      <DocumentTitle platform={platform} />
      <Toolbar ctx={ctx} />
      <div className="workspace">
        <ActivityRail ctx={ctx} />
        <SidePanel />
        <main className="canvas-area">
          <Canvas onInit={(instance) => { flowRef.current = instance; }} />
          <EmptyState ctx={ctx} />
        </main>
        <InspectorSlot />
      </div>
      <StatusBar mode={platform.kind} />
      <Presentation />
      <TemplatesDialog platform={platform} />
      <ExportDialog platform={platform} />
      <RecoveryDialog platform={platform} />
      <Notices />
      <ErrorDialog />
      <QuestionDialog />
    </div>
  );
}

/** One canvas, or two panes of the same journey in side-by-side mode. */
function Canvas({ onInit }: { onInit(instance: ReactFlowInstance<JourneyFlowNode>): void }) {
  const sideBySide = useAppStore((s) => s.sideBySide);
  return sideBySide ? <SideBySide onInit={onInit} /> : <JourneyCanvas onInit={onInit} />;
}

function SidePanel() {
  const panel = useAppStore((s) => s.sidePanel);
  if (panel === 'journey') return <JourneyPanel />;
  if (panel === 'voting') return <VotingPanel />;
  if (panel === 'catalog') return <CatalogPanel />;
  if (panel === 'alignment') return <AlignmentPanel />;
  if (panel === 'annotations') return <AnnotationsPanel />;
  return null;
}

function InspectorSlot() {
  const open = useAppStore((s) => s.inspectorOpen);
  return open ? <Inspector /> : null;
}

/**
 * The window title and unsaved-changes state, in a component of its own: the first edit after a
 * save (and an undo back to it) flips `dirty`, and in the shell that re-rendered the whole window.
 */
function DocumentTitle({ platform }: { platform: Platform }) {
  const name = useAppStore((s) => s.project.name);
  const dirty = useAppStore(selectDirty);
  const path = useAppStore((s) => s.file?.path ?? null);
  // Setting the window title costs Chromium about a millisecond that the canvas's redraw should not
  // wait for, so it waits for the frame (an undo or redo across the saved state flips `dirty`).
  // Except for unsaved changes on the desktop: its main process must know at once, or a window
  // closed in that instant would close without asking. (A browser tab's close warning reads the
  // store when it fires, below.)
  useEffect(() => {
    const apply = () => platform.setDocumentState(`${dirty ? '• ' : ''}${name} — Touchline`, dirty, path);
    if (dirty && platform.kind === 'desktop') {
      apply();
      return;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => { timer = setTimeout(apply); });
    return () => { cancelAnimationFrame(frame); clearTimeout(timer); };
  }, [platform, name, dirty, path]);
  // In a browser tab, warn before a reload or close throws away unsaved work. One listener that reads
  // the state when it fires: adding and removing it each time `dirty` flipped (an undo back to the
  // saved state, a redo) cost Chromium about 4 ms, as it tells the browser about unload handlers.
  const store = useAppStoreApi();
  useEffect(() => {
    if (platform.kind !== 'browser') return;
    const warn = (event: BeforeUnloadEvent) => { if (selectDirty(store.getState())) event.preventDefault(); };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [platform, store]);
  return null;
}

function useDesktopWiring(ctx: ActionContext) {
  useEffect(() => {
    const offs = [
      ctx.platform.onMenuCommand((command) => runAction(command, ctx)),
      ctx.platform.onOpenRecent((path) => void openProject(ctx, path)),
      ctx.platform.onSaveAndClose(async () => { if (await save(ctx)) ctx.platform.closeWindow(); }),
    ];
    return () => offs.forEach((off) => off());
  }, [ctx]);
}
