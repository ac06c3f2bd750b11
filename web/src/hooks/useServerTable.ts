import type { TablePaginationConfig, TableProps } from 'antd';
import type { SorterResult, SortOrder } from 'antd/es/table/interface';
import { useCallback, useState } from 'react';
import type { ListQuery, Page } from '../api/types';
import { useT } from '../i18n';
import { useRequest } from './useRequest';

interface Options {
  defaultSort?: string;
  pageSize?: number;
}

interface Paging {
  filtersKey: string;
  page: number;
  pageSize: number;
  sort: string | undefined;
}

/**
 * A table paged, sorted and filtered on the server. Changing `filters` goes back to page 1.
 * Columns show the current sort with `sortOrderOf(field)`.
 */
export function useServerTable<T, F extends object>(
  fetchPage: (query: F & ListQuery, signal: AbortSignal) => Promise<Page<T>>,
  filters: F,
  options: Options = {},
) {
  const t = useT();
  const filtersKey = JSON.stringify(filters);
  const [paging, setPaging] = useState<Paging>({
    filtersKey,
    page: 1,
    pageSize: options.pageSize ?? 20,
    sort: options.defaultSort,
  });
  const page = paging.filtersKey === filtersKey ? paging.page : 1;
  const { pageSize, sort } = paging;

  const { data, loading, reload } = useRequest(
    (signal) => fetchPage({ ...filters, page, pageSize, sort }, signal),
    [filtersKey, page, pageSize, sort],
  );

  const onChange = useCallback<NonNullable<TableProps<T>['onChange']>>(
    (pagination: TablePaginationConfig, _filters, sorter: SorterResult<T> | SorterResult<T>[]) => {
      const first = Array.isArray(sorter) ? sorter[0] : sorter;
      const field = first?.order ? String(first.columnKey ?? first.field) : undefined;
      const nextSort = field ? (first?.order === 'descend' ? `-${field}` : field) : options.defaultSort;
      setPaging({
        filtersKey,
        page: nextSort !== sort ? 1 : (pagination.current ?? 1),
        pageSize: pagination.pageSize ?? pageSize,
        sort: nextSort,
      });
    },
    [filtersKey, options.defaultSort, pageSize, sort],
  );

  const sortOrderOf = useCallback(
    (field: string): SortOrder => {
      if (sort === field) return 'ascend';
      if (sort === `-${field}`) return 'descend';
      return null;
    },
    [sort],
  );

  const tableProps: Pick<TableProps<T>, 'dataSource' | 'loading' | 'pagination' | 'onChange'> = {
    dataSource: data?.items ?? [],
    loading,
    onChange,
    pagination: {
      current: page,
      pageSize,
      total: data?.total ?? 0,
      showSizeChanger: true,
      pageSizeOptions: [10, 20, 50, 100],
      showTotal: (total) => t('common.total', { total }),
    },
  };

  return { tableProps, reload, sortOrderOf, total: data?.total };
}
