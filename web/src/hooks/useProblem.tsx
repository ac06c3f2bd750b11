import { App } from 'antd';
import type { FormInstance } from 'antd';
import { useCallback } from 'react';
import { ApiError } from '../api/client';
import { useI18n } from '../i18n';

/** Turns a field path from the server (`enterprise.uscc`, `roles.0`) into an antd name path. */
export function toNamePath(field: string): (string | number)[] {
  return field.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/**
 * The form field an error path belongs to: the longest of `formFields` (dotted paths) that the path
 * starts with, so `roles.0` lands on `roles`; without a list, the path itself.
 */
function formFieldOf(field: string, formFields: readonly string[] | undefined): string | undefined {
  if (!formFields) return field;
  return formFields
    .filter((f) => field === f || field.startsWith(`${f}.`))
    .sort((a, b) => b.length - a.length)[0];
}

/**
 * Reports a failed request: field errors go onto the matching Form.Item of `form` (`formFields` lists
 * the form's fields as dotted paths), and a notification shows the title, the detail and any field
 * errors not on the form.
 */
export function useProblem() {
  const { notification } = App.useApp();
  const { t, pick } = useI18n();

  return useCallback(
    <V extends object>(error: unknown, form?: FormInstance<V>, formFields?: readonly string[]) => {
      if (!(error instanceof ApiError)) {
        if (error instanceof DOMException && error.name === 'AbortError') return;
        notification.error({
          title: t('error.title'),
          description: error instanceof Error ? error.message : String(error),
        });
        return;
      }
      const { problem } = error;
      const onForm = new Set<string>();
      if (form && problem.errors?.length) {
        // several errors on one field: keep all their messages
        const merged = new Map<string, { name: (string | number)[]; errors: string[] }>();
        for (const e of problem.errors) {
          const target = formFieldOf(e.field, formFields);
          if (!target) continue;
          onForm.add(e.field);
          const message = pick(e.message, e.messageEn);
          const prev = merged.get(target);
          if (prev) prev.errors.push(message);
          else merged.set(target, { name: toNamePath(target), errors: [message] });
        }
        form.setFields([...merged.values()] as Parameters<FormInstance<V>['setFields']>[0]);
        const first = [...merged.values()][0];
        if (first) form.scrollToField(first.name as Parameters<FormInstance<V>['scrollToField']>[0]);
      }
      const rest = (problem.errors ?? []).filter((e) => !onForm.has(e.field));
      const detail = pick(problem.detail, problem.detailEn);
      notification.error({
        key: problem.requestId,
        title: pick(problem.title, problem.titleEn),
        description: (
          <>
            {detail && <div data-testid="problem-detail">{detail}</div>}
            {rest.length > 0 && (
              <ul style={{ margin: '4px 0 0', paddingInlineStart: 18 }}>
                {rest.map((e) => (
                  <li key={`${e.field}-${e.code}`}>
                    {e.field}: {pick(e.message, e.messageEn)}
                  </li>
                ))}
              </ul>
            )}
          </>
        ),
      });
    },
    [notification, t, pick],
  );
}
