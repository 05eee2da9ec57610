import type { ApiError } from '../api.js';
import { useLang } from '../i18n.js';

export function ErrorNote({ error }: { error: ApiError | null }) {
  const { lang } = useLang();
  if (!error) return null;
  return (
    <p className="error" role="alert">
      {lang === 'ja' ? error.ja : error.en}
    </p>
  );
}
