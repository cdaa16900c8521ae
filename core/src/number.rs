//! Numbers written as Rust's `Display` writes an `f64` ("3", "-0", "0.1",
//! "1000000000000000000000", "inf", "NaN"), without the float formatting
//! machinery of core (Grisu, Dragon and their tables, ~14 KB of wasm, which
//! nothing else in the widget needs): exact decimal digits from the bits,
//! then, as `Display` does, the fewest significant digits that read back as
//! the same number, padded with zeros up to the decimal point.

/// `n` as `n.to_string()` writes it.
pub(crate) fn number_text(n: f64) -> String {
    if n.is_nan() {
        return "NaN".into();
    }
    let sign = if n.is_sign_negative() { "-" } else { "" };
    if n.is_infinite() {
        return format!("{sign}inf");
    }
    // |n| = mantissa * 2^exponent, exactly.
    let bits = n.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    let (mantissa, exponent) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), biased - 1075)
    };
    // |n| = digits / 10^scale: m * 2^e, or m * 5^k / 10^k when e = -k < 0.
    let (mut digits, mut scale) = if exponent >= 0 {
        (decimal(mantissa, 2, exponent.unsigned_abs()), 0)
    } else {
        (
            decimal(mantissa, 5, exponent.unsigned_abs()),
            exponent.unsigned_abs() as usize,
        )
    };
    if mantissa == 0 {
        return format!("{sign}0");
    }
    while scale > 0 && digits.ends_with('0') {
        digits.pop();
        scale -= 1;
    }
    let magnitude = n.abs();
    // Shortest first; of two candidates with as many digits, the nearer.
    for kept in 1..digits.len() {
        let (down, up) = rounded(&digits, kept);
        let nearer_up = digits.as_bytes().get(kept).is_some_and(|d| *d >= b'5');
        let tries = if nearer_up { [up, down] } else { [down, up] };
        for (significant, dropped) in tries {
            let text = placed(&significant, dropped as isize - scale as isize);
            if text.parse::<f64>() == Ok(magnitude) {
                return format!("{sign}{text}");
            }
        }
    }
    format!("{sign}{}", placed(&digits, -(scale as isize)))
}

/// The decimal digits of `m * base^times` (`base` 2 or 5).
fn decimal(m: u64, base: u32, times: u32) -> String {
    const LIMB: u64 = 1_000_000_000;
    // Little-endian limbs of nine decimal digits each.
    let mut limbs = vec![
        (m % LIMB) as u32,
        ((m / LIMB) % LIMB) as u32,
        (m / LIMB / LIMB) as u32,
    ];
    for _ in 0..times {
        let mut carry = 0;
        for limb in &mut limbs {
            let value = u64::from(*limb) * u64::from(base) + carry;
            *limb = (value % LIMB) as u32;
            carry = value / LIMB;
        }
        if carry > 0 {
            limbs.push(carry as u32);
        }
    }
    while limbs.len() > 1 && limbs.last() == Some(&0) {
        limbs.pop();
    }
    let mut text = String::new();
    for (i, limb) in limbs.iter().rev().enumerate() {
        if i == 0 {
            text.push_str(&limb.to_string());
        } else {
            text.push_str(&format!("{limb:09}"));
        }
    }
    text
}

/// The first `kept` digits of `digits`, truncated and one unit up, each
/// with how many digits were dropped (one more when rounding up carried).
fn rounded(digits: &str, kept: usize) -> ((String, usize), (String, usize)) {
    let head = digits.get(..kept).unwrap_or(digits);
    let dropped = digits.len() - head.len();
    let mut up: Vec<u8> = head.bytes().collect();
    let mut carry = true;
    for d in up.iter_mut().rev() {
        if *d == b'9' {
            *d = b'0';
        } else {
            *d += 1;
            carry = false;
            break;
        }
    }
    if carry {
        up.insert(0, b'1');
    }
    let up = String::from_utf8(up).unwrap_or_default();
    ((head.to_string(), dropped), (up, dropped))
}

/// `significant * 10^power` written out in full, without an exponent.
fn placed(significant: &str, power: isize) -> String {
    let mut significant = significant;
    let mut power = power;
    while let Some(shorter) = significant.strip_suffix('0').filter(|s| !s.is_empty()) {
        significant = shorter;
        power += 1;
    }
    if power >= 0 {
        return format!("{significant}{}", "0".repeat(power.unsigned_abs()));
    }
    let point = power.unsigned_abs();
    match significant.len().checked_sub(point) {
        Some(0) | None => {
            format!("0.{}{significant}", "0".repeat(point - significant.len()))
        }
        Some(whole) => {
            let (int, fraction) = (significant.get(..whole), significant.get(whole..));
            format!(
                "{}.{}",
                int.unwrap_or_default(),
                fraction.unwrap_or_default()
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use super::number_text;

    fn same(n: f64) {
        assert_eq!(number_text(n), n.to_string(), "bits {:#x}", n.to_bits());
    }

    #[test]
    fn writes_what_display_writes() {
        for n in [
            0.0,
            -0.0,
            1.0,
            -1.0,
            3.0,
            10.0,
            100.0,
            0.1,
            0.2,
            0.3,
            1.5,
            -2.5,
            0.125,
            2.675,
            1e-7,
            123.456,
            1.0 / 3.0,
            2.0 / 3.0,
            1e21,
            1e22,
            1e23,
            9007199254740993.0,
            4294967296.5,
            0.5,
            0.25,
            5e-324,
            f64::MIN_POSITIVE,
            f64::MAX,
            f64::MIN,
            f64::EPSILON,
            1e-300,
            299792458.0,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
            9.999999999999999,
            0.999999999999,
            1e15 + 0.3,
        ] {
            same(n);
        }
    }

    #[test]
    fn writes_what_display_writes_for_many_bit_patterns() {
        // Every exponent, with mantissas from a fixed pseudo-random sequence.
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        for i in 0..20_000u64 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let exponent = i % 2048;
            same(f64::from_bits(
                (state & ((1 << 52) - 1)) | (exponent << 52) | ((i & 1) << 63),
            ));
        }
        // Short decimals, as people type them.
        for i in 0..20_000u32 {
            same(f64::from(i) / 1000.0);
            same(f64::from(i) * 0.01);
        }
    }
}
