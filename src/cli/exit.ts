// Exit codes: 0 clean or warnings only; 1 error findings or unreadable documents; 2 usage or configuration error.
export const EXIT = { ok: 0, findings: 1, usage: 2 } as const;
