/**
 * Who is speaking, in the status bar: a button that opens a small form
 * (name and role) and a one-click role switcher, because in a workshop one
 * laptop is passed around the table.
 */
import { UserRound } from 'lucide-react';
import { useEffect, useId, useRef, useState, type KeyboardEvent, type RefObject } from 'react';
import { ROLES, type Role } from '../../../shared/domain/vocab.ts';
import { useAppStore, useAppStoreApi } from '../../state/store.ts';
import { changeIdentity, roleLabel, speakerName, useLoadIdentity } from './identity.ts';
import './identity.css';

export function IdentityControl() {
  useLoadIdentity();
  const identity = useAppStore((s) => s.identity);
  const [open, setOpen] = useState(false);
  const anchor = useRef<HTMLDivElement>(null);
  const named = identity.userName.trim() !== '';
  return (
    <div className="identity" ref={anchor}>
      <button
        type="button"
        className={named ? 'identity-button' : 'identity-button is-unnamed'}
        aria-haspopup="dialog"
        aria-expanded={open}
        title="Notes you add are signed with this name and role"
        onClick={() => setOpen(!open)}
      >
        <UserRound size={13} aria-hidden="true" />
        <span>Speaking as {speakerName(identity)}{named && ` · ${roleLabel(identity.role)}`}</span>
        {!named && <span className="identity-invite">Set your name</span>}
      </button>
      <RoleSwitch />
      {open && <IdentityPopover anchor={anchor} onClose={() => setOpen(false)} />}
    </div>
  );
}

/** Marketing / IT / Facilitator as a compact segmented control. */
export function RoleSwitch() {
  const store = useAppStoreApi();
  const role = useAppStore((s) => s.identity.role);
  const values = ROLES.values;
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' || event.key === 'ArrowDown' ? 1 : event.key === 'ArrowLeft' || event.key === 'ArrowUp' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = values[(values.indexOf(role) + step + values.length) % values.length]!;
    changeIdentity(store, { role: next });
    event.currentTarget.querySelector<HTMLButtonElement>(`[data-role="${next}"]`)?.focus();
  };
  return (
    <div className="role-switch" role="radiogroup" aria-label="Speaking role" onKeyDown={onKeyDown}>
      {ROLES.options.map((o) => (
        <button
          key={o.value}
          type="button"
          role="radio"
          data-role={o.value}
          className={`role-${o.value}`}
          aria-checked={role === o.value}
          tabIndex={role === o.value ? 0 : -1}
          onClick={() => changeIdentity(store, { role: o.value })}
        >
          {o.label}
        </button>
      ))}
    </div>
  );
}

function IdentityPopover({ anchor, onClose }: { anchor: RefObject<HTMLDivElement | null>; onClose(): void }) {
  const store = useAppStoreApi();
  const identity = useAppStore((s) => s.identity);
  const nameId = useId();
  const radioName = useId();
  const input = useRef<HTMLInputElement>(null);
  const saveName = () => changeIdentity(store, { userName: store.getState().identity.userName.trim() });
  const close = () => { saveName(); onClose(); };
  const closeRef = useRef(close);
  closeRef.current = close;

  useEffect(() => {
    input.current?.focus();
    const onPointer = (event: PointerEvent) => {
      if (!anchor.current?.contains(event.target as Node)) closeRef.current();
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [anchor]);

  return (
    <div
      className="identity-popover"
      role="dialog"
      aria-label="Who is speaking"
      onKeyDown={(e) => { if (e.key === 'Escape') { e.stopPropagation(); close(); } }}
    >
      <div className="field">
        <label htmlFor={nameId} className="field-label">Your name</label>
        <input
          id={nameId}
          ref={input}
          className="input"
          value={identity.userName}
          maxLength={100}
          placeholder={speakerName({ ...identity, userName: '' })}
          onChange={(e) => store.getState().setIdentity({ userName: e.target.value })}
          onKeyDown={(e) => { if (e.key === 'Enter') close(); }}
        />
      </div>
      <fieldset className="field identity-roles">
        <legend className="field-label">Role</legend>
        {ROLES.options.map((o) => (
          <label key={o.value} className="checkbox">
            <input type="radio" name={radioName} value={o.value} checked={identity.role === o.value} onChange={() => changeIdentity(store, { role: o.value as Role })} />
            <span className={`role-dot role-${o.value}`} aria-hidden="true" />
            <span>{o.label}</span>
          </label>
        ))}
      </fieldset>
      <p className="hint">Notes are signed with this name. Without one they read “{speakerName({ ...identity, userName: '' })}”.</p>
      <div className="button-row">
        <button type="button" className="button primary" onClick={close}>Done</button>
      </div>
    </div>
  );
}
