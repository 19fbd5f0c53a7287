/** The header every left side panel shares: its title and a close button. */
import { X } from 'lucide-react';
import { useAppStoreApi } from '../state/store.ts';

export function SidePanelHeader({ title }: { title: string }) {
  const store = useAppStoreApi();
  return (
    <div className="panel-header">
      <h2 className="panel-title">{title}</h2>
      <button type="button" className="icon-button" aria-label={`Close ${title.toLowerCase()}`} onClick={() => store.getState().setUi({ sidePanel: null })}>
        <X size={16} aria-hidden="true" />
      </button>
    </div>
  );
}
