/**
 * The inline rename field used on stage headers and cards. Enter or leaving
 * the field commits, Tab commits and asks for the next one (quick add),
 * Escape cancels. The whole edit is one undo step.
 */
import { useLayoutEffect, useRef } from 'react';

export type CommitHow = 'enter' | 'tab' | 'blur';

interface Props {
  value: string;
  label: string;
  placeholder?: string;
  onCommit(value: string, how: CommitHow): void;
  onCancel(): void;
  className?: string;
}

export function InlineEditor({ value, label, placeholder, onCommit, onCancel, className }: Props) {
  const ref = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  // Focus during commit, not after paint: a fast typist's next key must land in the field.
  useLayoutEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  const finish = (how: CommitHow | 'cancel') => {
    if (done.current) return;
    done.current = true;
    if (how === 'cancel') onCancel();
    else onCommit(ref.current?.value.trim() ?? value, how);
  };
  return (
    <input
      ref={ref}
      className={`inline-editor nodrag nopan ${className ?? ''}`}
      aria-label={label}
      defaultValue={value}
      placeholder={placeholder}
      maxLength={300}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') finish('enter');
        else if (e.key === 'Tab') { e.preventDefault(); finish('tab'); }
        else if (e.key === 'Escape') finish('cancel');
      }}
      onBlur={() => finish('blur')}
    />
  );
}
