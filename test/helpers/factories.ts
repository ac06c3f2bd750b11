import { approveFiling, insertFiling, submitFiling } from '../../src/modules/enterprise/index.js';
import { insertUser } from '../../src/modules/identity/index.js';
import type { Role } from '../../src/shared/context.js';
import { inTransaction } from '../../src/shared/context.js';
import { residentIdCheckDigit, usccCheckCharacter } from '../../src/shared/identifiers/index.js';
import type { TestPlatform } from './platform.js';

export const PASSWORD = 'Test@pass2026';

let counter = 0;
/** A valid, obviously synthetic USCC (subject code "TEST…"). */
export function uscc(n = ++counter, district = '430211'): string {
  const first17 = `91${district}MATE${String(n).padStart(5, '0')}`.replace(/[IOSVZ]/g, '0');
  return first17 + usccCheckCharacter(first17);
}

export function residentId(n = ++counter, district = '430211'): string {
  const first17 = `${district}19880808${String(n % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckDigit(first17);
}

export async function makeUser(
  p: TestPlatform,
  username: string,
  role: Role,
  zoneCode: string | null,
  enterpriseId?: string,
): Promise<string> {
  const u = await insertUser(p.systemCtx('test'), {
    username,
    displayName: username,
    password: PASSWORD,
    role,
    zoneCode,
    enterpriseId,
  });
  return u.id;
}

/** A draft filing of a zone, complete enough to submit. */
export async function makeEnterprise(
  p: TestPlatform,
  zoneCode: string,
  name = `测试企业${++counter}`,
): Promise<string> {
  const row = await inTransaction(p.systemCtx('test'), (tx) =>
    insertFiling(tx, zoneCode, {
      kind: 'enterprise',
      name,
      uscc: uscc(),
      roles: ['ebc'],
      district: zoneCode === 'zhuzhou' ? '430211' : zoneCode === 'chenzhou' ? '431002' : '430408',
      address: '湖南省测试路1号',
      contactName: '测试',
      contactPhone: '13800001111',
    }),
  );
  return row.id;
}

/** An approved filing with the given customs code: an enterprise that may send CEB messages. */
export async function makeApprovedEnterprise(
  p: TestPlatform,
  zoneCode: string,
  customsCode: string,
  name = `测试企业${++counter}`,
): Promise<string> {
  const system = p.systemCtx('test');
  const row = await inTransaction(system, (tx) =>
    insertFiling(tx, zoneCode, {
      kind: 'enterprise',
      name,
      uscc: uscc(),
      roles: ['ebc'],
      customsCode,
      district: zoneCode === 'zhuzhou' ? '430211' : zoneCode === 'chenzhou' ? '431002' : '430408',
      address: '湖南省测试路1号',
      contactName: '测试',
      contactPhone: '13800001111',
    }),
  );
  const officer = { ...system, actor: { ...system.actor!, role: 'commerce' as const, zoneCode } };
  await submitFiling(officer, row.id);
  await approveFiling(officer, row.id);
  return row.id;
}
