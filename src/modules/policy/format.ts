import type { PolicySummary } from './catalogue.js';
import { grouped } from './decimal.js';
import type { Evaluation, ItemResult, TraceLine } from './result.js';

/** Plain-text renderings for the command line: Chinese first, English beside or below it. */

const MARK: Record<ItemResult['status'], string> = {
  eligible: '✔',
  ineligible: '✘',
  undetermined: '?',
  not_in_force: '–',
};

const STATUS: Record<ItemResult['status'], { zh: string; en: string }> = {
  eligible: { zh: '符合', en: 'eligible' },
  ineligible: { zh: '不符合', en: 'not eligible' },
  undetermined: { zh: '待定', en: 'undetermined' },
  not_in_force: { zh: '未生效', en: 'not in force' },
};

function money(s: string): string {
  return grouped(s);
}

function amountLine(item: ItemResult): string {
  if (item.status !== 'eligible') return '';
  if (item.kind === 'payment' && item.amount !== null) {
    const upTo = item.basis === 'maximum';
    return `${upTo ? '最高' : '金额'} ${money(item.amount)} 元 / ${upTo ? 'up to' : 'amount'} ${money(item.amount)} yuan`;
  }
  switch (item.kind) {
    case 'unquantified':
      return '给予支持，金额由审核确定 / support, amount set in review';
    case 'priority':
      return '优先 / priority';
    case 'eligibility':
      return '享受相应资格或待遇 / entitled to the treatment';
    case 'deferred':
      return '按其他政策执行 / under another policy';
    default:
      return '';
  }
}

function traceLines(lines: readonly TraceLine[], indent: string): string[] {
  return lines.flatMap((l) => [
    `${indent}· ${l.zh}`,
    `${indent}  ${l.en}${l.citation ? `  [${l.citation}]` : ''}`,
  ]);
}

export function formatEvaluation(e: Evaluation, opts: { trace?: boolean } = {}): string {
  const out: string[] = [];
  const withTrace = opts.trace ?? true;
  out.push(
    `综试区 / zone: ${e.zone}    期间 / period: ${e.period}${e.includeDrafts ? '    含征求意见稿 / drafts included' : ''}`,
  );
  for (const d of e.documents) {
    out.push('');
    out.push(`${d.citeAs}  ${d.title}`);
    if (d.inForce)
      out.push(
        `  ${d.stage === 'draft' ? '征求意见稿（测算）/ draft (estimate)' : '有效 / in force'}：${d.daysInForce} 天 / days${d.partialYear ? '（非全年 / part of the year）' : ''}，参数日 / parameters as on ${d.referenceDate ?? ''}` +
          (d.fxRate
            ? `；美元汇率 / USD rate ${d.fxRate.cnyPerUsd}（${d.fxRate.year}）`
            : '；无美元汇率 / no USD rate'),
      );
    else out.push(`  ${d.reason?.zh ?? '未生效'} / ${d.reason?.en ?? 'not in force'}`);
    for (const item of e.items.filter((i) => i.documentKey === d.key)) {
      out.push('');
      out.push(`  ${MARK[item.status]} ${item.citation}  [${item.ruleId}]`);
      out.push(`    ${item.title.zh} / ${item.title.en}`);
      out.push(
        `    ${STATUS[item.status].zh} / ${STATUS[item.status].en}${item.tier ? `；档次 ${item.tier.index} / tier ${item.tier.index}` : ''}`,
      );
      const amount = amountLine(item);
      if (amount) out.push(`    ${amount}`);
      for (const r of item.reasons) out.push(`    原因 / reason: ${r.zh} / ${r.en}`);
      if (withTrace && item.status !== 'not_in_force') out.push(...traceLines(item.trace, '      '));
    }
  }
  out.push('');
  out.push(
    `合计（符合条件的资金项目，含“最高”金额）/ total of eligible payments (maximums included): ${money(e.total)} 元 / yuan`,
  );
  return out.join('\n');
}

const STATUS_NAME: Record<PolicySummary['status'], string> = {
  draft: '征求意见稿 / draft',
  issued: '已印发 / issued',
  in_force: '有效 / in force',
  expired: '已失效 / expired',
  not_yet_in_force: '尚未施行 / not yet in force',
};

export function formatPolicyList(list: readonly PolicySummary[]): string {
  const out: string[] = [];
  for (const d of list) {
    out.push(`${d.citeAs}  ${d.title}`);
    out.push(`  发文机关 / issuer: ${d.issuer.zh} / ${d.issuer.en}`);
    out.push(
      `  状态 / status: ${STATUS_NAME[d.status]}；有效期 / validity: ${d.validity.from ?? '—'} … ${d.validity.until ?? '—'}`,
    );
    out.push(`  ${d.validityNote.zh}`);
    out.push(`  ${d.validityNote.en}`);
    out.push(`  条款 / articles: ${d.articles}；项目 / items: ${d.rules.length}`);
    for (const r of d.rules)
      out.push(
        `    ${r.id.padEnd(30)} ${r.kind.padEnd(12)} ${(r.basis ?? '').padEnd(7)} ${r.title.zh} / ${r.title.en}`,
      );
    out.push('');
  }
  return out.join('\n');
}
