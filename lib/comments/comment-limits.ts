// Plain numbers, so the client form (maxLength), the server's checks and the
// messages that quote them share one source.
export const COMMENT_LIMITS = { name: 60, body: 2000, email: 254, links: 2 } as const;
