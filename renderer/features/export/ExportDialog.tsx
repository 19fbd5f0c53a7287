/** File ▸ Export…: choose a format (and for PNG the area, lens, scale, title, background), then save it. */
import { startTransition, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { modalKeyDown } from '../modalKeys.ts';
import { createPortal } from 'react-dom';
import { exportProject } from '../../../shared/export/index.ts';
import { suggestedFileName } from '../../../shared/file/save.ts';
import { useCurvePersonaId } from '../../canvas/useCurvePersona.ts';
import type { Platform } from '../../platform/types.ts';
import { useAppStore, useAppStoreApi } from '../../state/store.ts';
import { ExportForm, type FormState } from './ExportForm.tsx';
import { ExportStage, type StageOptions } from './ExportStage.tsx';
import { extensionOf, kindOf } from './formats.ts';
import { runPngExport, type StageRequest } from './runPngExport.ts';
import './cliEntry.tsx';

export function ExportDialog({ platform }: { platform: Platform }) {
  const open = useAppStore((s) => s.exportOpen);
  return open ? <ExportDialogBody platform={platform} /> : null;
}

function ExportDialogBody({ platform }: { platform: Platform }) {
  const store = useAppStoreApi();
  const project = useAppStore((s) => s.project);
  const curvePersonaId = useCurvePersonaId();
  const [form, setForm] = useState<FormState>(() => {
    const s = store.getState();
    return { format: 'png', journeyId: s.journeyId, personaId: s.project.personas[0]?.id ?? '', area: 'whole', lens: s.lens, scale: 2, title: true, white: true };
  });
  const [step, setStep] = useState<string | null>(null);
  const [hidden, setHidden] = useState(false);
  const [stage, setStage] = useState<StageRequest | null>(null);
  const abort = useRef<AbortController | null>(null);
  const dialog = useRef<HTMLDivElement>(null);
  const close = () => store.getState().setUi({ exportOpen: false });

  useEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.current?.querySelector<HTMLElement>('input:checked')?.focus();
    return () => { abort.current?.abort(); previous?.focus(); };
  }, []);

  const exportText = async () => {
    if (form.format === 'png') return;
    const exported = exportProject(project, form.format, { journeyId: form.journeyId, personaId: form.personaId || undefined });
    if (!exported.ok) {
      store.getState().notify('error', `Export failed: ${exported.error}`);
      return;
    }
    const name = suggestedFileName(project.name, extensionOf(form.format));
    setStep('Saving…');
    const saved = await platform.exportFile(kindOf(form.format), name, exported.text, 'utf8');
    finish(saved.ok ? saved.value?.name ?? null : saved.error.message, saved.ok);
  };

  const exportPng = async () => {
    const controller = new AbortController();
    abort.current = controller;
    const journey = project.journeys.find((j) => j.id === form.journeyId) ?? project.journeys[0]!;
    const options: StageOptions = { journeyId: journey.id, lens: form.lens, curvePersonaId, title: form.title, whiteBackground: form.white, scale: form.scale };
    try {
      const result = await runPngExport({
        platform, signal: controller.signal, area: form.area, scale: form.scale, options,
        projectName: project.name, journeyName: project.journeys.length > 1 ? journey.name : null,
        // Drawing a big board's export view is long React work: as a transition it is done in slices,
        // so the dialog keeps painting its progress and hears Cancel. Taking it down is immediate.
        mountStage: (request) => (request ? startTransition(() => setStage(request)) : setStage(null)), setStep, hideDialog: setHidden,
        warn: (message) => store.getState().notify('info', message),
      });
      if (result === 'cancelled') {
        store.getState().notify('info', 'Export cancelled.');
        setStep(null);
        return;
      }
      finish(result.ok ? result.value?.name ?? null : result.error.message, result.ok);
    } catch (error) {
      finish(error instanceof Error ? error.message : 'The picture could not be made.', false);
    } finally {
      setStage(null);
      setHidden(false);
      abort.current = null;
    }
  };

  /** `ok` with a name: saved; `ok` with null: the user cancelled the save dialog; otherwise an error message. */
  const finish = (nameOrMessage: string | null, ok: boolean) => {
    setStep(null);
    if (!ok) {
      store.getState().notify('error', `Export failed: ${nameOrMessage ?? 'unknown error'}`);
      return;
    }
    if (nameOrMessage !== null) {
      store.getState().notify('success', `Exported ${nameOrMessage}`);
      close();
    }
  };

  const start = () => {
    if (step !== null) return;
    setStep(form.format === 'png' ? 'Rendering…' : 'Exporting…');
    void (form.format === 'png' ? exportPng() : exportText());
  };
  const cancel = () => (step !== null ? abort.current?.abort() : close());

  const onKeyDown = (event: KeyboardEvent) => modalKeyDown(event, dialog.current, cancel);

  return (
    <>
      <div className="backdrop" style={hidden ? { visibility: 'hidden' } : undefined} onKeyDown={onKeyDown}
        onMouseDown={(e) => { if (e.target === e.currentTarget && step === null) close(); }}>
        <div ref={dialog} className="dialog export-dialog" role="dialog" aria-modal="true" aria-labelledby="export-title" aria-busy={step !== null}>
          <h2 id="export-title" className="dialog-title">Export</h2>
          <ExportForm project={project} form={form} onChange={(changes) => setForm({ ...form, ...changes })} disabled={step !== null} />
          <p role="status" className="export-progress" aria-live="polite">{step ?? ''}</p>
          <div className="dialog-buttons">
            <button type="button" className="button" onClick={cancel}>Cancel</button>
            <button type="button" className="button primary" onClick={start} disabled={step !== null}>{step === null ? 'Export' : 'Exporting…'}</button>
          </div>
        </div>
      </div>
      {stage && createPortal(<ExportStage project={project} options={stage.options} onReady={stage.onReady} />, document.body)}
    </>
  );
}
