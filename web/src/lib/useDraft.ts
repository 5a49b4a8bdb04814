// A text being typed into a filter box whose applied value lives elsewhere (the URL): the box starts from that
// value and follows it when it changes from outside (back button, reset), while typing changes only the draft.
// Adjusts the state during rendering (as the React docs advise) instead of in an effect after it.
import { useState } from 'react';

export function useDraft(source: string): [string, (text: string) => void] {
  const [draft, setDraft] = useState(source);
  const [seen, setSeen] = useState(source);
  if (seen !== source) {
    setSeen(source);
    setDraft(source);
  }
  return [draft, setDraft];
}
