import { useCallback, useState } from 'react';
import { errorMessage } from '../api/error-message.ts';

/**
 * A form's one write to the server: `busy` while it runs (the submit button waits), and the
 * server's refusal in the user's words as `error` until the next try.
 */
export function useSubmit() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = useCallback(async (write: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await write();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, error, submit };
}
