import { Decimal } from 'decimal.js';
import { Dec, sum, ZERO } from './decimal.js';

/**
 * Splits a head-level amount (CEB621 `freight` or `insuredFee`) over the goods lines in proportion to
 * their value (`totalPrice`).
 *
 * Why: 完税价格 = 零售价格 + 运费 + 保险费 (财关税〔2016〕18号 第一条), but rules.md is silent on how a head
 * amount reaches the lines, and CEB816 reports a dutiable value per line (`taxPrice`). Value is the
 * basis customs uses when a declaration carries freight at head level; it is our decision, written
 * down in README.md §Allocation.
 *
 * The shares are cut at the amount's own precision (at least the fen) and the leftover units go to
 * the lines with the largest remainders, earlier lines first on a tie, so the shares always add up
 * to the head amount exactly and a reviewer can redo them by hand.
 *
 * Returns undefined when there is something to share but no value to share it by (all lines free).
 */
export function allocateByValue(total: Dec, values: readonly Dec[]): Dec[] | undefined {
  if (total.isZero()) return values.map(() => ZERO);
  const base = sum(values);
  if (base.isZero()) return undefined;
  const scale = Math.max(2, total.decimalPlaces());
  const unit = new Dec(10).pow(-scale);
  const exactShares = values.map((v) => total.times(v).dividedBy(base));
  const floors = exactShares.map((s) => s.toDecimalPlaces(scale, Decimal.ROUND_DOWN));
  // Units of `unit` still to hand out: an integer smaller than the number of lines.
  let left = total.minus(sum(floors)).dividedBy(unit);
  const order = exactShares
    .map((s, i) => ({ i, remainder: s.minus(floors[i]!) }))
    .sort((a, b) => b.remainder.comparedTo(a.remainder) || a.i - b.i);
  const shares = [...floors];
  for (const { i } of order) {
    if (left.lte(0)) break;
    shares[i] = shares[i]!.plus(unit);
    left = left.minus(1);
  }
  return shares;
}
