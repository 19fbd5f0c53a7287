/**
 * In-app questions ("Save changes before opening another project?").
 * `ask()` shows the dialog and resolves with the chosen button's id.
 */
import type { AppStore } from './store.ts';

export interface Choice { id: string; label: string; tone?: 'primary' | 'danger' }
export interface Question { title: string; message: string; choices: Choice[]; cancelId: string }

let pending: ((id: string) => void) | null = null;

export function ask(store: AppStore, question: Question): Promise<string> {
  pending?.(question.cancelId);
  return new Promise((resolve) => {
    pending = (id) => {
      pending = null;
      store.setState({ question: null });
      resolve(id);
    };
    store.setState({ question });
  });
}

export function answer(id: string): void {
  pending?.(id);
}
