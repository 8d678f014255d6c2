/** A total or part score as the boards show it: two decimals, a dash while there is none. */
export const score = (value: number | null) => (value === null ? '–' : value.toFixed(2));
