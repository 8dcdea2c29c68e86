import { useMemo } from 'react';
import { knownTimeZones } from './format';

export function TimeZoneSelect({
  id,
  value,
  onChange,
}: {
  id?: string;
  value: string;
  onChange: (zone: string) => void;
}) {
  const zones = useMemo(() => {
    const known = knownTimeZones();
    return known.includes(value) ? known : [value, ...known];
  }, [value]);
  return (
    <select id={id} value={value} onChange={(event) => onChange(event.target.value)}>
      {zones.map((zone) => (
        <option key={zone} value={zone}>
          {zone.replace(/_/g, ' ')}
        </option>
      ))}
    </select>
  );
}
