import { ValidationError, ValidationPipe } from '@nestjs/common';
import { DomainError } from './domain-error.js';
import { CommonErrorCode } from './error-codes.js';

export interface FieldProblem {
  field: string;
  problems: string[];
}

/** Flattens nested class-validator errors to `field.path: [messages]`. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const error of errors) {
    const field = parent ? `${parent}.${error.property}` : error.property;
    if (error.constraints) out.push({ field, problems: Object.values(error.constraints) });
    if (error.children?.length) out.push(...flattenValidationErrors(error.children, field));
  }
  return out;
}

/** The pipe every service installs: strict whitelist, transformation, our error shape. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const details = flattenValidationErrors(errors);
      const summary = details.map((d) => `${d.field}: ${d.problems.join(', ')}`).join('; ');
      return new DomainError(CommonErrorCode.VALIDATION_FAILED, `Invalid input: ${summary}`, details);
    },
  });
}
