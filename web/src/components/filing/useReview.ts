import { App } from 'antd';
import { useState } from 'react';
import { api } from '../../api/endpoints';
import type { Enterprise } from '../../api/types';
import { useProblem } from '../../hooks/useProblem';
import { useT } from '../../i18n';

type Reviewable = Pick<Enterprise, 'id' | 'name'>;

/** Approve and return of a filing, shared by the review queue and the detail page. */
export function useReview(onDone: () => void) {
  const t = useT();
  const { message } = App.useApp();
  const report = useProblem();
  const [returning, setReturning] = useState<Reviewable | null>(null);

  const approve = async (filing: Reviewable) => {
    try {
      await api.enterprises.approve(filing.id);
      message.success(t('review.approved', { name: filing.name }));
      onDone();
    } catch (error) {
      report(error);
    }
  };

  const sendReturn = async (reason: string) => {
    if (!returning) return;
    await api.enterprises.returnFiling(returning.id, reason);
    message.success(t('review.returned', { name: returning.name }));
    setReturning(null);
    onDone();
  };

  return {
    approve,
    startReturn: setReturning,
    returnModalProps: {
      name: returning?.name ?? null,
      onCancel: () => setReturning(null),
      onReturn: sendReturn,
    },
  };
}
