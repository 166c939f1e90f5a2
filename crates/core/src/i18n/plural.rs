//! CLDR cardinal plural categories, from the rules each language's `language.toml` gives.
//!
//! The rules are CLDR's own syntax (`v = 0 and i % 10 = 2..4 and i % 100 != 12..14`), read
//! here rather than looked up in intl_pluralrules, which answers `other` for Arabic 103 and
//! 111 where CLDR says `few` and `many`, and knows no language it was not built with. Every
//! .ftl file selects on `PLURAL($n)`, which asks these rules.

use anyhow::{Context, bail};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PluralCategory {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl PluralCategory {
    pub fn as_str(self) -> &'static str {
        match self {
            PluralCategory::Zero => "zero",
            PluralCategory::One => "one",
            PluralCategory::Two => "two",
            PluralCategory::Few => "few",
            PluralCategory::Many => "many",
            PluralCategory::Other => "other",
        }
    }

    fn parse(name: &str) -> Option<PluralCategory> {
        [
            PluralCategory::Zero,
            PluralCategory::One,
            PluralCategory::Two,
            PluralCategory::Few,
            PluralCategory::Many,
        ]
        .into_iter()
        .find(|c| c.as_str() == name)
    }
}

/// A language's rules: the first category whose condition holds, else `other`.
#[derive(Debug, Clone, Default)]
pub struct PluralRules {
    rules: Vec<(PluralCategory, Condition)>,
}

/// `or` of `and`s of relations.
type Condition = Vec<Vec<Relation>>;

#[derive(Debug, Clone)]
struct Relation {
    operand: char,
    modulo: Option<u64>,
    equal: bool,
    ranges: Vec<(u64, u64)>,
}

impl PluralRules {
    /// Rules as (category, CLDR condition) pairs, such as `("one", "i = 1 and v = 0")`.
    /// Samples after `@` are ignored.
    pub fn parse<'a>(rules: impl IntoIterator<Item = (&'a str, &'a str)>) -> anyhow::Result<Self> {
        let mut parsed = Vec::new();
        for (name, rule) in rules {
            let category = PluralCategory::parse(name)
                .with_context(|| format!("{name:?} is not a CLDR plural category"))?;
            let condition = parse_condition(rule.split('@').next().unwrap_or_default())
                .with_context(|| format!("while reading the {name:?} rule {rule:?}"))?;
            parsed.push((category, condition));
        }
        // CLDR's order, so that overlapping rules resolve as CLDR means them.
        parsed.sort_by_key(|(category, _)| *category as u8);
        Ok(Self { rules: parsed })
    }

    /// The category of `n`.
    pub fn select(&self, n: f64) -> PluralCategory {
        let operands = Operands::of(n);
        self.rules
            .iter()
            .find(|(_, condition)| {
                condition
                    .iter()
                    .any(|all| all.iter().all(|relation| relation.holds(&operands)))
            })
            .map_or(PluralCategory::Other, |(category, _)| *category)
    }
}

fn parse_condition(text: &str) -> anyhow::Result<Condition> {
    text.split(" or ")
        .map(|and| and.split(" and ").map(parse_relation).collect())
        .collect()
}

fn parse_relation(text: &str) -> anyhow::Result<Relation> {
    let (left, equal, right) = if let Some((l, r)) = text.split_once("!=") {
        (l, false, r)
    } else if let Some((l, r)) = text.split_once('=') {
        (l, true, r)
    } else {
        bail!("{text:?} has neither = nor !=");
    };
    let (operand, modulo) = match left.split_once('%') {
        Some((o, m)) => (o.trim(), Some(m.trim().parse::<u64>()?)),
        None => (left.trim(), None),
    };
    let operand = match operand {
        "n" | "i" | "v" | "w" | "f" | "t" | "e" | "c" => operand.chars().next().unwrap_or('n'),
        other => bail!("unknown operand {other:?}"),
    };
    if modulo == Some(0) {
        bail!("% 0");
    }
    let ranges = right
        .split(',')
        .map(|range| {
            let range = range.trim();
            Ok(match range.split_once("..") {
                Some((a, b)) => (a.trim().parse()?, b.trim().parse()?),
                None => (range.parse()?, range.parse()?),
            })
        })
        .collect::<anyhow::Result<Vec<(u64, u64)>>>()?;
    Ok(Relation {
        operand,
        modulo,
        equal,
        ranges,
    })
}

/// CLDR's operands of a number: n absolute value, i integer digits, v visible fraction
/// digits, f those digits as a number, t the same without trailing zeros, e exponent.
struct Operands {
    n: f64,
    i: u64,
    v: u64,
    f: u64,
    t: u64,
}

impl Operands {
    fn of(n: f64) -> Self {
        let n = n.abs();
        let shown = format!("{n}");
        let fraction = shown.split_once('.').map_or("", |(_, f)| f);
        let digits = |s: &str| s.parse::<u64>().unwrap_or(0);
        Operands {
            n,
            i: n.trunc() as u64,
            v: fraction.len() as u64,
            f: digits(fraction),
            t: digits(fraction.trim_end_matches('0')),
        }
    }
}

impl Relation {
    fn holds(&self, operands: &Operands) -> bool {
        let value = match self.operand {
            'n' => operands.n,
            'i' => operands.i as f64,
            'v' | 'w' => operands.v as f64,
            'f' => operands.f as f64,
            't' => operands.t as f64,
            _ => 0.0,
        };
        let value = match self.modulo {
            Some(m) => value % m as f64,
            None => value,
        };
        // A range holds only whole numbers: n = 2..4 is false for 2.5.
        let within = value.fract() == 0.0
            && self
                .ranges
                .iter()
                .any(|(low, high)| (*low as f64..=*high as f64).contains(&value));
        within == self.equal
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use PluralCategory::*;

    fn rules(pairs: &[(&str, &str)]) -> PluralRules {
        PluralRules::parse(pairs.iter().copied()).unwrap()
    }

    #[test]
    fn arabic_follows_cldr_including_the_hundreds() {
        let arabic = rules(&[
            ("zero", "n = 0"),
            ("one", "n = 1"),
            ("two", "n = 2"),
            ("few", "n % 100 = 3..10"),
            ("many", "n % 100 = 11..99"),
        ]);
        for (n, category) in [
            (0, Zero),
            (1, One),
            (2, Two),
            (3, Few),
            (10, Few),
            (11, Many),
            (99, Many),
            (100, Other),
            (101, Other),
            (102, Other),
            (103, Few),
            (111, Many),
            (1000, Other),
            (1003, Few),
        ] {
            assert_eq!(arabic.select(n as f64), category, "n = {n}");
        }
        assert_eq!(arabic.select(2.5), Other);
    }

    #[test]
    fn danish_one_includes_fractions_below_two() {
        let danish = rules(&[("one", "n = 1 or t != 0 and i = 0,1")]);
        assert_eq!(danish.select(1.0), One);
        assert_eq!(danish.select(0.5), One);
        assert_eq!(danish.select(1.5), One);
        assert_eq!(danish.select(0.0), Other);
        assert_eq!(danish.select(2.0), Other);
    }

    #[test]
    fn malformed_rules_are_refused_with_the_rule_named() {
        for (name, rule) in [
            ("one", "n == 1"),
            ("one", "q = 1"),
            ("single", "n = 1"),
            ("few", "n % 0 = 1"),
        ] {
            let error = PluralRules::parse([(name, rule)]);
            assert!(error.is_err(), "{name} = {rule:?} was accepted");
        }
    }
}
