import { useEffect, useMemo } from 'preact/hooks';
import { createAutosave, type Autosave, type AutosaveOptions } from './autosave';
import { flushOnLeave } from './page-lifecycle';

/**
 * An autosave for one record that lives as long as the component showing it (`key` names
 * the record), writes what is left when the component goes, and on page close.
 */
export function useAutosave<T>(key: string, options: () => AutosaveOptions<T>): Autosave<T> {
  const autosave = useMemo(() => createAutosave(options()), [key]);
  useEffect(() => {
    const stop = flushOnLeave(autosave.flush);
    return () => {
      stop();
      autosave.dispose();
    };
  }, [autosave]);
  return autosave;
}
