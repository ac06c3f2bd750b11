/** A message in both of the platform's languages: Chinese first, English second. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/** One bad field of a request: where, what kind of fault, and what to do about it. */
export interface FieldError {
  readonly field: string;
  readonly code: string;
  readonly message: Bilingual;
}

/** The closed list of error codes and the HTTP status each maps to. */
export const errorStatus = {
  validation_failed: 400,
  unauthenticated: 401,
  csrf_failed: 403,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid_transition: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  locked: 423,
  too_many_requests: 429,
  internal: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

const titles: Record<ErrorCode, Bilingual> = {
  validation_failed: { zh: '提交的数据有误', en: 'The request has invalid data' },
  unauthenticated: { zh: '未登录或身份验证失败', en: 'Not signed in, or authentication failed' },
  csrf_failed: {
    zh: '请求来源校验失败，请刷新页面后重试',
    en: 'The CSRF token is missing or wrong; reload and retry',
  },
  forbidden: { zh: '无权执行此操作', en: 'You are not allowed to do this' },
  not_found: { zh: '未找到该记录', en: 'Not found' },
  conflict: { zh: '与现有记录冲突', en: 'Conflicts with an existing record' },
  invalid_transition: {
    zh: '当前状态下不能执行此操作',
    en: 'This action is not allowed in the current state',
  },
  payload_too_large: { zh: '提交的内容过大', en: 'The request is too large' },
  unsupported_media_type: { zh: '不支持的内容类型', en: 'Unsupported content type' },
  locked: { zh: '账号已被临时锁定', en: 'The account is temporarily locked' },
  too_many_requests: { zh: '请求过于频繁', en: 'Too many requests' },
  internal: { zh: '系统内部错误', en: 'Internal error' },
};

export function errorTitle(code: ErrorCode): Bilingual {
  return titles[code];
}

/** The platform's one error type: a code from the closed list, a bilingual detail, and field errors. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly detail: Bilingual;
  readonly errors: readonly FieldError[];

  constructor(code: ErrorCode, detail?: Bilingual, errors: readonly FieldError[] = []) {
    super(detail?.en ?? titles[code].en);
    this.name = 'AppError';
    this.code = code;
    this.detail = detail ?? titles[code];
    this.errors = errors;
  }

  get status(): number {
    return errorStatus[this.code];
  }

  static validation(errors: readonly FieldError[]): AppError {
    const fields = errors.map((e) => e.field).join(', ');
    return new AppError(
      'validation_failed',
      { zh: `以下字段有误：${fields}`, en: `These fields are invalid: ${fields}` },
      errors,
    );
  }

  static field(field: string, code: string, message: Bilingual): AppError {
    return AppError.validation([{ field, code, message }]);
  }

  /** Used for rows outside the caller's zone or enterprise too, so their existence never leaks. */
  static notFound(entity: Bilingual): AppError {
    return new AppError('not_found', { zh: `未找到${entity.zh}`, en: `${entity.en} not found` });
  }
}
