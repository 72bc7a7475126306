'use client';

import { useEffect, useState } from 'react';

const formatter = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Paris' });

/** Today's date in French, refreshed in the browser (and before printing) so the sheet bears the day it is printed. */
export function PrintDate({ initial }: { initial: string }) {
  const [text, setText] = useState(initial);
  useEffect(() => {
    const update = () => setText(formatter.format(new Date()));
    update();
    window.addEventListener('beforeprint', update);
    return () => window.removeEventListener('beforeprint', update);
  }, []);
  return <>{text}</>;
}
