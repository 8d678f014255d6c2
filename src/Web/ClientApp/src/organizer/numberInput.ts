/** The number typed into the input an event came from. */
export const numberInput = (e: Event) => Number((e.currentTarget as HTMLInputElement).value);
