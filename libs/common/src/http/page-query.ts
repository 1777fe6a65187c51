import type { Type } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type as TransformType } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export interface PageSizeOptions {
  defaultSize: number;
  maxSize: number;
}

/**
 * Adds `page` (from 1) and `pageSize` query parameters to a query DTO; `Base` keeps its own filters.
 * `pageOf` applies the same defaults in the service.
 */
export function PageQuery<TBase extends Type<object>>(options: PageSizeOptions, Base: TBase = class {} as TBase) {
  class PageQueryDto extends Base {
    @ApiPropertyOptional({ example: 1, minimum: 1, maximum: 100_000, default: 1 })
    @IsOptional()
    @TransformType(() => Number)
    @IsInt()
    @Min(1)
    @Max(100_000)
    page?: number;

    @ApiPropertyOptional({ example: options.defaultSize, minimum: 1, maximum: options.maxSize, default: options.defaultSize })
    @IsOptional()
    @TransformType(() => Number)
    @IsInt()
    @Min(1)
    @Max(options.maxSize)
    pageSize?: number;
  }
  return PageQueryDto;
}

/** The page asked for, with the defaults filled in, and its offset. */
export function pageOf(query: { page?: number; pageSize?: number }, options: PageSizeOptions): { page: number; pageSize: number; offset: number } {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? options.defaultSize;
  return { page, pageSize, offset: (page - 1) * pageSize };
}
