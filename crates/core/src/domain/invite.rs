//! Invite codes that make someone a group's coordinator: made with 128 random bits, and known
//! to the store only by their hash.

/// A one-time invite code: 128 random bits, written as 26 letters and digits (base32,
/// lowercase), short enough for a Telegram deep link.
pub fn invite_code() -> anyhow::Result<String> {
    const ALPHABET: &[u8] = b"abcdefghijklmnopqrstuvwxyz234567";
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes)
        .map_err(|e| anyhow::anyhow!("no randomness for an invite code: {e}"))?;
    let bits = u128::from_be_bytes(bytes);
    Ok((0..26)
        .map(|i| ALPHABET[((bits >> (i * 5)) & 31) as usize] as char)
        .collect())
}

/// What is stored of an invite code: the SHA-256 of the code as written, without the `inv-`
/// prefix and surrounding space, in hexadecimal.
pub fn invite_hash(code: &str) -> String {
    use sha2::{Digest, Sha256};
    let code = code.trim();
    let code = code.strip_prefix("inv-").unwrap_or(code);
    Sha256::digest(code.to_ascii_lowercase().as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invite_codes_carry_128_random_bits_and_hash_however_they_are_written() {
        let code = invite_code().unwrap();
        assert_eq!(code.len(), 26);
        assert_ne!(code, invite_code().unwrap());
        assert_eq!(invite_hash(&code), invite_hash(&format!(" inv-{code} ")));
        assert_eq!(invite_hash(&code).len(), 64);
        assert!(!invite_hash(&code).contains(&code));
    }
}
