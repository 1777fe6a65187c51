import type { Type } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type as TransformType } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/** The one paging convention: `page` (from 1) and `pageSize` (default 50, at most 200) on every list. */
export const PAGE_SIZE = { defaultSize: 50, maxSize: 200 } as const;
export const MAX_PAGE = 100_000;

/** Adds `page` and `pageSize` query parameters to a query DTO; `Base` keeps its own filters. */
export function PageQuery<TBase extends Type<object>>(Base: TBase = class {} as TBase) {
  class PageQueryDto extends Base {
    @ApiPropertyOptional({ example: 1, minimum: 1, maximum: MAX_PAGE, default: 1, description: 'Page number, from 1' })
    @IsOptional()
    @TransformType(() => Number)
    @IsInt()
    @Min(1)
    @Max(MAX_PAGE)
    page?: number;

    @ApiPropertyOptional({
      example: PAGE_SIZE.defaultSize,
      minimum: 1,
      maximum: PAGE_SIZE.maxSize,
      default: PAGE_SIZE.defaultSize,
      description: 'Items per page',
    })
    @IsOptional()
    @TransformType(() => Number)
    @IsInt()
    @Min(1)
    @Max(PAGE_SIZE.maxSize)
    pageSize?: number;
  }
  return PageQueryDto;
}

/** `page` and `pageSize` alone, for lists without filters. */
export class PageQueryDto extends PageQuery() {}

export interface PageRequest {
  page: number;
  pageSize: number;
  offset: number;
}

/** The page asked for, with the defaults filled in, and its offset. */
export function pageOf(query: { page?: number; pageSize?: number }): PageRequest {
  const page = query.page ?? 1;
  const pageSize = query.pageSize ?? PAGE_SIZE.defaultSize;
  return { page, pageSize, offset: (page - 1) * pageSize };
}

/** The envelope every list answers, echoing the page and the total; list DTOs extend it and add `items`. */
export class PageDto {
  @ApiProperty({ example: 1, minimum: 1, maximum: MAX_PAGE, description: 'The page answered' })
  page: number;

  @ApiProperty({ example: PAGE_SIZE.defaultSize, minimum: 1, maximum: PAGE_SIZE.maxSize, description: 'Items per page' })
  pageSize: number;

  @ApiProperty({ example: 1, minimum: 0, description: 'Items over every page' })
  total: number;
}

/** A page of `items` out of `total`, echoing the page asked for. */
export function pageResult<T>(request: PageRequest, items: T[], total: number): { items: T[]; page: number; pageSize: number; total: number } {
  return { items, page: request.page, pageSize: request.pageSize, total };
}

/** The one sorting convention: `order` is the direction wherever a list is sortable by `sort`. */
export const SORT_ORDERS = ['asc', 'desc'] as const;
export type SortOrder = (typeof SORT_ORDERS)[number];
