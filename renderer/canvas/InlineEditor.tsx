/**
 * The inline rename field used on stage headers and cards. Enter or leaving
 * the field commits, Escape cancels. The whole edit is one undo step.
 */
import { useEffect, useRef } from 'react';

interface Props {
  value: string;
  label: string;
  onCommit(value: string): void;
  onCancel(): void;
  className?: string;
}

export function InlineEditor({ value, label, onCommit, onCancel, className }: Props) {
  const ref = useRef<HTMLInputElement>(null);
  const done = useRef(false);
  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, []);
  const finish = (commit: boolean) => {
    if (done.current) return;
    done.current = true;
    if (commit) onCommit(ref.current?.value.trim() ?? value);
    else onCancel();
  };
  return (
    <input
      ref={ref}
      className={`inline-editor nodrag nopan ${className ?? ''}`}
      aria-label={label}
      defaultValue={value}
      maxLength={300}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter') finish(true);
        else if (e.key === 'Escape') finish(false);
      }}
      onBlur={() => finish(true)}
    />
  );
}
