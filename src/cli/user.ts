import type { Command } from 'commander';
import { insertUser, listUsers } from '../modules/identity/index.js';
import { ROLES, type Role } from '../shared/context.js';
import { printRows, withPlatform } from './support.js';

/** Reads a password from CBEC_NEW_PASSWORD or standard input, never from the command line (it leaks to ps). */
async function readPassword(): Promise<string> {
  const fromEnv = process.env.CBEC_NEW_PASSWORD;
  if (fromEnv) return fromEnv;
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
}

export function registerUserCommands(program: Command): void {
  const user = program.command('user').description('用户 / users');
  user
    .command('add')
    .description(
      '新增用户（密码从标准输入或 CBEC_NEW_PASSWORD 读取）/ add a user (password from stdin or CBEC_NEW_PASSWORD)',
    )
    .requiredOption('--username <name>')
    .requiredOption('--role <role>', ROLES.join(' | '))
    .option('--name <display name>')
    .option('--zone <zone>', 'zhuzhou | chenzhou | hengyang (omit for a provincial user)')
    .option('--enterprise <id>', 'the enterprise an enterprise user acts for')
    .action(
      async (o: { username: string; role: string; name?: string; zone?: string; enterprise?: string }) => {
        const password = await readPassword();
        await withPlatform(async (p) => {
          const u = await insertUser(p.systemCtx('cli'), {
            username: o.username,
            displayName: o.name ?? o.username,
            password,
            role: o.role as Role,
            zoneCode: o.zone ?? null,
            enterpriseId: o.enterprise,
          });
          console.log(
            `user added: ${u.username} (${u.role}${u.zoneCode ? `, ${u.zoneCode}` : ', provincial'}) ${u.id}`,
          );
        });
      },
    );
  user
    .command('list')
    .description('用户列表 / list users')
    .option('--zone <zone>')
    .option('--role <role>')
    .option('--json', 'print JSON')
    .action(async (o: { zone?: string; role?: string; json?: boolean }) => {
      await withPlatform(async (p) => {
        const rows = [];
        for (let page = 1; ; page++) {
          const r = await listUsers(p.systemCtx('cli'), {
            zoneCode: o.zone,
            role: o.role,
            page,
            pageSize: 100,
          });
          rows.push(...r.items);
          if (rows.length >= r.total || !r.items.length) break;
        }
        printRows(
          rows.map((u) => ({
            username: u.username,
            displayName: u.displayName,
            role: u.role,
            zone: u.zoneCode,
            enterpriseId: u.enterpriseId,
            disabled: u.disabled,
          })),
          Boolean(o.json),
        );
      });
    });
}
