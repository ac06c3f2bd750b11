import { Tag } from 'antd';
import type { EnterpriseRole } from '../api/types';
import { useLabels } from './labels';

export function EnterpriseRoleTags({ roles }: { roles: readonly EnterpriseRole[] }) {
  const labels = useLabels();
  return (
    <>
      {roles.map((role) => (
        <Tag key={role} color="blue" variant="outlined">
          {labels.entRole(role)}
        </Tag>
      ))}
    </>
  );
}
