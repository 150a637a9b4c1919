import "./calendar.css";

/**
 * « Ajouter à mon agenda »: the item's calendar event (.ics). A plain link: the session cookie
 * authenticates it, and the file opens in the person's calendar (the same event is updated if the
 * date changes and the file is added again).
 */
export function CalendarLink({ href, what }: { href: string | null | undefined; what: string }) {
  if (!href) return null;
  return (
    <a className="calendar-link" href={href} download aria-label={`Ajouter à mon agenda : ${what}`}>
      Ajouter à mon agenda
    </a>
  );
}
