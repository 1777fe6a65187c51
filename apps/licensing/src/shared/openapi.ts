import { applyDecorators, type Type } from '@nestjs/common';
import { ApiProperty, getSchemaPath } from '@nestjs/swagger';

/**
 * A property holding an object of `model` or null. OpenAPI 3.0 ignores `nullable` beside a `$ref`,
 * so null is spelled as its own alternative, which JSON Schema validators understand too. The model
 * must be registered with `@ApiExtraModels` on the controllers that answer it.
 */
export function ApiNullableObject(model: Type<unknown>, description: string) {
  return applyDecorators(
    ApiProperty({
      description,
      oneOf: [{ $ref: getSchemaPath(model) }, { type: 'object', nullable: true, enum: [null] }],
    }),
  );
}
