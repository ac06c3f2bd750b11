import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { checkResidentId, residentIdCheckDigit } from './resident-id.js';
import { checkUscc, USCC_CHARSET, usccCheckCharacter } from './uscc.js';
import { isCustomsCode } from './customs-code.js';

const usccChar = fc.constantFrom(...USCC_CHARSET.split(''));
const digit = fc.constantFrom(...'0123456789'.split(''));
/** The first 17 characters of a USCC of the right shape. */
const usccBody = fc
  .tuple(
    fc.array(usccChar, { minLength: 2, maxLength: 2 }),
    fc.array(digit, { minLength: 6, maxLength: 6 }),
    fc.array(usccChar, { minLength: 9, maxLength: 9 }),
  )
  .map(([a, b, c]) => [...a, ...b, ...c].join(''));

describe('USCC (GB 32100-2015)', () => {
  it('accepts published valid codes and refuses a known invalid one', () => {
    for (const code of [
      '91350200776049653A',
      '91440101MA5CJQ4N59',
      '913502000728319549',
      '91350213678251743X',
    ])
      assert.deepEqual(checkUscc(code), { ok: true, value: code });
    // Whitelisted by one public repository, yet wrong: Σ Ci·Wi = 2533, 2533 mod 31 = 22, 31 − 22 = 9 → '9'.
    assert.deepEqual(checkUscc('91350203M0001QAY9B'), {
      ok: false,
      reason: 'check_character',
      expected: '9',
    });
  });

  it('maps a remainder of 0 to check character 0 (31 − 0 = 31 → 0)', () => {
    // Find a body whose weighted sum is a multiple of 31 and check the mapping.
    const body = '00000000000000000';
    assert.equal(usccCheckCharacter(body), '0');
  });

  it('every code with its computed check character is valid (property)', () => {
    fc.assert(fc.property(usccBody, (body) => checkUscc(body + usccCheckCharacter(body)).ok));
  });

  it('any other 18th character is refused, naming the expected one (property)', () => {
    fc.assert(
      fc.property(usccBody, usccChar, (body, c) => {
        const expected = usccCheckCharacter(body);
        fc.pre(c !== expected);
        assert.deepEqual(checkUscc(body + c), { ok: false, reason: 'check_character', expected });
      }),
    );
  });

  it('detects every single-character substitution in the first 17 (property)', () => {
    fc.assert(
      fc.property(usccBody, fc.nat({ max: 16 }), usccChar, (body, pos, c) => {
        const code = body + usccCheckCharacter(body);
        fc.pre(code[pos] !== c && (pos < 2 || pos > 7 || /\d/.test(c)));
        const changed = code.slice(0, pos) + c + code.slice(pos + 1);
        assert.equal(checkUscc(changed).ok, false);
      }),
    );
  });

  it('refuses wrong length and forbidden letters, and accepts lower case input', () => {
    assert.deepEqual(checkUscc('9135020077604965'), { ok: false, reason: 'length' });
    assert.deepEqual(checkUscc('91350200776O49653A'), { ok: false, reason: 'charset' });
    assert.deepEqual(checkUscc(' 91440101ma5cjq4n59 '), { ok: true, value: '91440101MA5CJQ4N59' });
  });
});

const birth = fc.date({
  min: new Date('1920-01-01T00:00:00Z'),
  max: new Date('2008-12-31T00:00:00Z'),
  noInvalidDate: true,
});
const idBody = fc
  .tuple(fc.integer({ min: 110000, max: 659999 }), birth, fc.integer({ min: 0, max: 999 }))
  .map(
    ([area, d, seq]) =>
      `${area}${d.toISOString().slice(0, 10).replaceAll('-', '')}${String(seq).padStart(3, '0')}`,
  );

describe('resident ID number (GB 11643-1999)', () => {
  it('accepts the standard example, also with a lower-case x', () => {
    assert.equal(checkResidentId('11010519491231002X').ok, true);
    assert.equal(checkResidentId('11010519491231002x').ok, true);
  });

  it('every number with its computed check digit is valid (property)', () => {
    fc.assert(fc.property(idBody, (body) => checkResidentId(body + residentIdCheckDigit(body)).ok));
  });

  it('a wrong check digit is refused with the expected one (property)', () => {
    fc.assert(
      fc.property(idBody, fc.constantFrom(...'0123456789X'.split('')), (body, c) => {
        const expected = residentIdCheckDigit(body);
        fc.pre(c !== expected);
        assert.deepEqual(checkResidentId(body + c), { ok: false, reason: 'check_digit', expected });
      }),
    );
  });

  it('detects every single-digit substitution (property)', () => {
    fc.assert(
      fc.property(idBody, fc.nat({ max: 16 }), digit, (body, pos, c) => {
        const id = body + residentIdCheckDigit(body);
        fc.pre(id[pos] !== c);
        assert.equal(checkResidentId(id.slice(0, pos) + c + id.slice(pos + 1)).ok, false);
      }),
    );
  });

  it('refuses impossible and future birth dates', () => {
    const feb30 = '43021119900230001';
    assert.deepEqual(checkResidentId(feb30 + residentIdCheckDigit(feb30)), {
      ok: false,
      reason: 'birth_date',
    });
    const future = '43021121000101001';
    assert.deepEqual(checkResidentId(future + residentIdCheckDigit(future), new Date('2026-01-01')), {
      ok: false,
      reason: 'birth_date',
    });
    assert.deepEqual(checkResidentId('4302111990010100'), { ok: false, reason: 'format' });
  });
});

describe('customs code', () => {
  it('takes 4 digits then 6 digits or capitals, no check digit', () => {
    for (const ok of ['3301961Q43', '440316T004', '4302960ABC']) assert.equal(isCustomsCode(ok), true);
    for (const bad of ['330196', 'A301961Q43', '3301961q43', '3301961Q431'])
      assert.equal(isCustomsCode(bad), false);
  });
});
