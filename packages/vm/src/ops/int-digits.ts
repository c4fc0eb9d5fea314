// CPython 3.11's limit on int <-> decimal str conversions (Objects/longobject.c, the
// "integer string conversion length limitation" of CVE-2020-10735): past
// sys.get_int_max_str_digits() digits, str(int) and int(str) raise ValueError instead of
// running in quadratic time. Bases that are powers of two (hex, octal, binary) have no limit.

import { valueError } from '../errors';

/** sys.int_info.default_max_str_digits. */
export const DEFAULT_MAX_STR_DIGITS = 4300;
/** sys.int_info.str_digits_check_threshold: the smallest limit allowed (0 aside). */
export const STR_DIGITS_CHECK_THRESHOLD = 640;

const HINT = 'use sys.set_int_max_str_digits() to increase the limit';

/** The limit in force (0: none). One interpreter runs at a time; reset for each run. */
let maxStrDigits = DEFAULT_MAX_STR_DIGITS;
/** 10 ** maxStrDigits: a magnitude at or above it has too many digits. Made when first needed. */
let tooManyDigits: bigint | null = null;

export function getMaxStrDigits(): number {
  return maxStrDigits;
}

/** sys.set_int_max_str_digits: 0, or at least the threshold. */
export function setMaxStrDigits(n: number): void {
  if (n !== 0 && n < STR_DIGITS_CHECK_THRESHOLD) {
    valueError(`maxdigits must be 0 or larger than ${STR_DIGITS_CHECK_THRESHOLD}`);
  }
  maxStrDigits = n;
  tooManyDigits = null;
}

export function resetMaxStrDigits(): void {
  maxStrDigits = DEFAULT_MAX_STR_DIGITS;
  tooManyDigits = null;
}

/**
 * The decimal digits of `v`, sign included, as str(int) makes them; ValueError past the limit.
 * Deciding by comparing with 10**limit costs one multiplication-free comparison, so a huge value
 * (10**10**6) is refused before any quadratic conversion starts, as CPython's size estimate does.
 */
export function bigintToDecimal(v: bigint): string {
  if (maxStrDigits > 0) {
    const mag = v < 0n ? -v : v;
    tooManyDigits ??= 10n ** BigInt(maxStrDigits);
    if (mag >= tooManyDigits) {
      valueError(`Exceeds the limit (${maxStrDigits} digits) for integer string conversion; ${HINT}`);
    }
  }
  return v.toString();
}

/**
 * int(str, base)'s check before it converts: `digits` is the count of digits in the longest valid
 * run of digits and single underscores (the count CPython's scan reaches, even when the text goes
 * on with something invalid). Power-of-two bases are linear and unlimited.
 */
export function checkParsedDigits(digits: number, base: number): void {
  if (maxStrDigits === 0 || digits <= maxStrDigits || (base & (base - 1)) === 0) return;
  valueError(`Exceeds the limit (${maxStrDigits} digits) for integer string conversion: value has ${digits} digits; ${HINT}`);
}
