/** A recorded time in the reader's own locale and time zone: the venue's screens and staff read local time. */
export const localTime = (iso: string) => new Date(iso).toLocaleString();
