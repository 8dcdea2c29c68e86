import { formatDateTime, viewerTimeZone } from './format';

/**
 * A moment in the viewer's zone, with the other party's local time beside it when their
 * zone differs (a coach in Berlin, an interview in New York).
 */
export function TimeInZones({ iso, otherZone, otherLabel }: { iso: string; otherZone: string; otherLabel: string }) {
  const viewerZone = viewerTimeZone();
  return (
    <span className="time-in-zones">
      <time dateTime={iso}>{formatDateTime(iso, viewerZone)}</time>
      {otherZone !== viewerZone && (
        <span className="other-zone">
          {' '}
          ({otherLabel}: {formatDateTime(iso, otherZone)} {otherZone})
        </span>
      )}
    </span>
  );
}
