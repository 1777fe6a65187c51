/** Something the agent refuses (a document that does not verify, a state that does not allow the step). */
export class AgentError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'AgentError';
  }
}

/** The server answered with an error body `{ statusCode, code, message, details? }`. */
export class ProxyApiError extends AgentError {
  constructor(
    readonly status: number,
    code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(code, message);
    this.name = 'ProxyApiError';
  }
}
