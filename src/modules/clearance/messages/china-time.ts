/**
 * A CEB time as an instant: yyyyMMddHHmmss (appTime, leaveTime…) or yyyyMMddHHmmssSSS (returnTime), in
 * China Standard Time, customs' clock (customs-ceb.md §1 "Codes and formats"). undefined when it is not
 * a real date and time of either form.
 */
export function chinaTime(s: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{3})?$/.exec(s);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, sec, ms] = m;
  const at = new Date(`${y}-${mo}-${d}T${h}:${mi}:${sec}.${ms ?? '000'}+08:00`);
  if (Number.isNaN(at.getTime())) return undefined;
  // Date rolls 20250230 over to March; a real date reads back the same.
  const back = new Date(at.getTime() + 8 * 3600_000).toISOString();
  return back.slice(0, 19) === `${y}-${mo}-${d}T${h}:${mi}:${sec}` ? at : undefined;
}
