/** The server's refusal under a form, read out when it appears; nothing when there is none. */
export function FormError({ error, wide = false }: { error: string | null; wide?: boolean }) {
  if (!error) return null;
  return (
    <p className={wide ? 'form-error field-wide' : 'form-error'} role="alert">
      {error}
    </p>
  );
}
