// Per-run values the sys module exposes, set by the runtime before the program starts.
export const sysState = { argv: [] as string[] };
