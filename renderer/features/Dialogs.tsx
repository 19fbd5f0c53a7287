/** The error dialog (a file could not be opened or saved) and the question dialog. */
import { AlertTriangle } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { answer } from '../state/dialogs.ts';
import { useAppStore, useAppStoreApi } from '../state/store.ts';

export function ErrorDialog() {
  const store = useAppStoreApi();
  const dialog = useAppStore((s) => s.errorDialog);
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => { if (dialog) button.current?.focus(); }, [dialog]);
  if (!dialog) return null;
  const close = () => store.getState().closeError();
  return (
    <div className="backdrop" onKeyDown={(e) => e.key === 'Escape' && close()}>
      <div className="dialog" role="alertdialog" aria-modal="true" aria-labelledby="error-title" aria-describedby="error-message">
        <h2 id="error-title" className="dialog-title"><AlertTriangle size={20} aria-hidden="true" className="tone-error" />{dialog.title}</h2>
        <p id="error-message" className="dialog-message">{dialog.message}</p>
        {dialog.details.length > 0 && (
          <ul className="dialog-details" aria-label="Details">
            {dialog.details.map((d, i) => <li key={i}><code>{d}</code></li>)}
          </ul>
        )}
        <p className="dialog-note">Nothing was changed: your current map is still open.</p>
        <div className="dialog-buttons">
          <button ref={button} type="button" className="button primary" onClick={close}>OK</button>
        </div>
      </div>
    </div>
  );
}

export function QuestionDialog() {
  const question = useAppStore((s) => s.question);
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => { if (question) first.current?.focus(); }, [question]);
  if (!question) return null;
  return (
    <div className="backdrop" onKeyDown={(e) => e.key === 'Escape' && answer(question.cancelId)}>
      <div className="dialog" role="dialog" aria-modal="true" aria-labelledby="question-title" aria-describedby="question-message">
        <h2 id="question-title" className="dialog-title">{question.title}</h2>
        <p id="question-message" className="dialog-message">{question.message}</p>
        <div className="dialog-buttons">
          {question.choices.map((c, i) => (
            <button key={c.id} ref={i === 0 ? first : undefined} type="button" className={`button ${c.tone ?? ''}`} onClick={() => answer(c.id)}>{c.label}</button>
          ))}
        </div>
      </div>
    </div>
  );
}

export function Notices() {
  const store = useAppStoreApi();
  const notices = useAppStore((s) => s.notices);
  useEffect(() => {
    if (notices.length === 0) return;
    const timer = setTimeout(() => store.getState().dismissNotice(notices[0]!.id), 4000);
    return () => clearTimeout(timer);
  }, [notices, store]);
  return (
    <div className="notices" role="status" aria-live="polite">
      {notices.map((n) => (
        <div key={n.id} className={`notice notice-${n.tone}`}>
          <span>{n.text}</span>
          <button type="button" className="notice-close" aria-label="Dismiss" onClick={() => store.getState().dismissNotice(n.id)}>×</button>
        </div>
      ))}
    </div>
  );
}
