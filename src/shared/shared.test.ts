import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { z } from 'zod';
import { checkPassword } from '../modules/identity/password-policy.js';
import { DataProtector } from './crypto.js';
import { maskAddress, maskEmail, maskPhone, maskResidentId } from './mask.js';
import { can, permissionsOf } from './permissions.js';
import { fieldErrorsFromZod } from './validation.js';

describe('masking personal data', () => {
  it('hides the birth date of a resident ID, the middle of a phone, the detail of an address', () => {
    assert.equal(maskResidentId('11010519491231002X'), '1101**********002X');
    assert.equal(maskPhone('13812345678'), '138****5678');
    assert.equal(maskPhone('0731-22334455'), '*********4455');
    assert.equal(maskAddress('湖南省株洲市天元区示例路1号'), '湖南省株洲市****');
    assert.equal(maskEmail('zhang.san@example.com'), 'z***@example.com');
  });

  it('a masked resident ID never contains the birth date (property)', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[1-9]\d{5}(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|1\d|2[0-8])\d{3}[\dX]$/),
        (id) => {
          assert.equal(maskResidentId(id).includes(id.slice(6, 14)), false);
        },
      ),
    );
  });
});

describe('password policy', () => {
  const policy = { minLength: 8, minClasses: 3 };
  it('needs 8 characters of three kinds by default', () => {
    assert.equal(checkPassword('Abcdef1!', policy), null);
    assert.equal(checkPassword('abcdef12', policy)?.en.includes('at least 8'), true);
    assert.notEqual(checkPassword('Ab1!', policy), null);
    assert.equal(checkPassword('ABCdef123', policy), null);
  });
});

describe('data protection', () => {
  it('encrypts and decrypts, and its keyed hash is stable per key', () => {
    const p = new DataProtector(Buffer.alloc(32, 7));
    const sealed = p.encrypt('11010519491231002X');
    assert.notEqual(sealed.includes('11010519'), true);
    assert.equal(p.decrypt(sealed), '11010519491231002X');
    assert.equal(p.keyedHash('a'), p.keyedHash('a'));
    assert.notEqual(new DataProtector(Buffer.alloc(32, 8)).keyedHash('a'), p.keyedHash('a'));
    assert.throws(() => p.decrypt(sealed.slice(0, -2) + 'AA'));
  });

  it('seals bytes so that they read back only whole and with the same key', () => {
    const p = new DataProtector(Buffer.alloc(32, 7));
    const plain = Buffer.from('<buyerIdNumber>11010519491231002X</buyerIdNumber>');
    const sealed = p.sealBytes(plain);
    assert.equal(sealed.includes('11010519'), false);
    assert.deepEqual(p.openBytes(sealed), plain);
    const flipped = Buffer.from(sealed);
    flipped[flipped.length - 1]! ^= 1;
    assert.throws(() => p.openBytes(flipped));
    assert.throws(() => new DataProtector(Buffer.alloc(32, 8)).openBytes(sealed));
  });
});

describe('permissions', () => {
  it('only the commerce bureau reviews filings; auditors change nothing', () => {
    assert.equal(can('commerce', 'enterprise:review'), true);
    assert.equal(can('finance', 'enterprise:review'), false);
    assert.deepEqual(
      permissionsOf('auditor').filter((p) => !p.endsWith(':read') && p !== 'audit:verify'),
      [],
    );
  });
});

describe('bilingual field errors from zod', () => {
  it('names missing, unknown and malformed fields in both languages', () => {
    const r = z
      .strictObject({ name: z.string().min(1), age: z.number().max(3) })
      .safeParse({ age: 5, extra: 1 });
    assert.equal(r.success, false);
    const errors = fieldErrorsFromZod(r.error.issues);
    assert.deepEqual(
      errors.map((e) => [e.field, e.code]),
      [
        ['name', 'required'],
        ['age', 'too_big'],
        ['extra', 'unknown_field'],
      ],
    );
    for (const e of errors) assert.ok(e.message.zh && e.message.en);
  });
});
