/** The one error shape every 4xx/5xx response has. */
export interface ErrorResponse {
  statusCode: number;
  error: string;
  message: string;
  /** Per-field problems for validation errors; machine codes the web app translates. */
  details?: FieldError[];
  /** For a 409 on a state change: the states that are allowed next. */
  allowedNext?: string[];
  requestId?: string;
}

export interface FieldError {
  field: string;
  /** The failed rule, e.g. 'isEmail', 'minLength', 'whitelistValidation', 'commonPassword'. */
  code: string;
  message: string;
}

export interface HealthResponse {
  status: 'ok' | 'error';
  database: 'up' | 'down';
  embedded: boolean;
}
