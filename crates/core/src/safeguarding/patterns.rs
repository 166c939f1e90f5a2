//! One language file's patterns, compiled: concepts (word lists), rules that find concepts
//! near one another, and ordinary rules that take innocent idioms out of play. The syntax is
//! documented at the head of every `locales/<lang>/safeguarding.toml`.

use std::collections::BTreeMap;
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a: the maps here hold short words looked up thousands of times a message, where
/// the standard library's DoS-resistant hash costs more than the words are worth (the keys
/// are the pattern files', not anyone's input).
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut hash = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for byte in bytes {
            hash ^= u64::from(*byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = hash;
    }
}

type HashMap<K, V> = std::collections::HashMap<K, V, BuildHasherDefault<Fnv>>;

use anyhow::{Context, anyhow, bail};
use serde::Deserialize;

use super::Danger;
use super::normalise::{Form, Steps};

/// A language file as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default)]
    normalise: Steps,
    #[serde(default)]
    gentle: Vec<String>,
    #[serde(default)]
    concepts: BTreeMap<String, Vec<String>>,
    #[serde(default, rename = "rule")]
    rules: Vec<RuleFile>,
    #[serde(default)]
    ordinary: Vec<RuleFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleFile {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    category: Option<String>,
    words: Vec<String>,
    #[serde(default)]
    within: Option<usize>,
    #[serde(default)]
    order: Order,
    #[serde(default)]
    unless: Vec<String>,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
enum Order {
    #[default]
    Any,
    AsWritten,
}

/// One word of a term.
#[derive(Debug, Clone)]
enum Word {
    Exact(String),
    Prefix(String),
    Suffix(String),
    Attached(String),
}

impl Word {
    fn meets(&self, form: &Form) -> bool {
        match self {
            Word::Exact(w) => !form.attached && form.text == *w,
            Word::Prefix(p) => !form.attached && form.text.starts_with(p.as_str()),
            Word::Suffix(s) => !form.attached && form.text.ends_with(s.as_str()),
            Word::Attached(a) => form.attached && form.text == *a,
        }
    }
}

/// A run of words that stands for a concept: one word, or several in a row.
#[derive(Debug)]
struct Term {
    words: Vec<Word>,
    concepts: Vec<usize>,
}

#[derive(Debug)]
struct Rule {
    name: String,
    danger: Option<Danger>,
    elements: Vec<usize>,
    within: usize,
    order: Order,
    unless: Vec<usize>,
}

/// A match: the first and last word it spans.
type Span = (usize, usize);

/// A compiled language file.
#[derive(Debug)]
pub struct Patterns {
    lang: String,
    steps: Steps,
    terms: Vec<Term>,
    concepts: usize,
    exact: HashMap<String, Vec<usize>>,
    attached: HashMap<String, Vec<usize>>,
    /// Runs of words that start with two exact words, by the first and then the second: a
    /// common first word ("i", "jeg", "я") starts hundreds of runs, and is not to be checked
    /// against every one of them wherever it stands.
    exact2: HashMap<String, HashMap<String, Vec<usize>>>,
    /// Stems (`stem*`) by their first two letters, and endings (`*end`) by their last two:
    /// a word is looked up once and checked against the few that share them.
    prefix: HashMap<[char; 2], Vec<(String, usize)>>,
    suffix: HashMap<[char; 2], Vec<(String, usize)>>,
    rules: Vec<Rule>,
    ordinary: Vec<Rule>,
    gentle: Vec<usize>,
    /// The scripts its patterns are written in: a word in any other script cannot meet one,
    /// and is not read at all.
    scripts: Scripts,
}

/// Which scripts a file's patterns use.
#[derive(Debug, Default, Clone, Copy)]
struct Scripts {
    latin: bool,
    arabic: bool,
    cyrillic: bool,
    other: bool,
}

impl Scripts {
    fn of_word(word: &str) -> Scripts {
        let mut scripts = Scripts::default();
        match word.chars().find(|c| c.is_alphabetic()) {
            Some(c) if c.is_ascii_alphabetic() => scripts.latin = true,
            Some('\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}') => scripts.arabic = true,
            Some('\u{0400}'..='\u{04FF}') => scripts.cyrillic = true,
            // Digits alone, or a script no file names: always read.
            _ => scripts.other = true,
        }
        scripts
    }

    fn add(&mut self, other: Scripts) {
        self.latin |= other.latin;
        self.arabic |= other.arabic;
        self.cyrillic |= other.cyrillic;
        self.other |= other.other;
    }

    /// Whether a word of `word`'s script may meet patterns of these scripts.
    fn may_meet(&self, word: Scripts, latin_read_as_cyrillic: bool) -> bool {
        word.other
            || (word.latin && (self.latin || (latin_read_as_cyrillic && self.cyrillic)))
            || (word.arabic && self.arabic)
            || (word.cyrillic && self.cyrillic)
    }
}

/// What one language file found in a text.
pub enum Found<'a> {
    Cry(Danger, &'a str),
    Gentle,
    Nothing,
}

impl Patterns {
    pub fn parse(lang: &str, text: &str) -> anyhow::Result<Patterns> {
        let file: File = toml::from_str(text)?;
        let mut compiler = Compiler {
            file: &file,
            names: BTreeMap::new(),
            terms: vec![],
            resolving: vec![],
            members: HashMap::default(),
            spelled: HashMap::default(),
        };
        let mut rules = vec![];
        let mut names = std::collections::BTreeSet::new();
        for (i, rule) in file.rules.iter().enumerate() {
            let name = rule
                .name
                .clone()
                .ok_or_else(|| anyhow!("rule {} has no name", i + 1))?;
            if !names.insert(name.clone()) {
                bail!("two rules are named {name:?}");
            }
            let category = rule
                .category
                .as_deref()
                .ok_or_else(|| anyhow!("rule {name:?} has no category"))?;
            let danger = Danger::parse(category)
                .ok_or_else(|| anyhow!("rule {name:?}: unknown category {category:?}"))?;
            rules.push(
                compiler
                    .rule(rule, name.clone(), Some(danger))
                    .with_context(|| format!("rule {name:?}"))?,
            );
        }
        let mut ordinary = vec![];
        for (i, rule) in file.ordinary.iter().enumerate() {
            let name = rule
                .name
                .clone()
                .unwrap_or_else(|| format!("ordinary {}", i + 1));
            if rule.category.is_some() {
                bail!("{name}: an ordinary rule has no category");
            }
            ordinary.push(
                compiler
                    .rule(rule, name.clone(), None)
                    .with_context(|| name.clone())?,
            );
        }
        let gentle = file
            .gentle
            .iter()
            .map(|item| compiler.element(item))
            .collect::<anyhow::Result<Vec<_>>>()
            .context("gentle")?;
        let concepts = compiler.names.len();
        let terms = compiler.terms;
        let mut patterns = Patterns {
            lang: lang.to_owned(),
            steps: file.normalise.clone(),
            terms,
            concepts,
            exact: HashMap::default(),
            attached: HashMap::default(),
            exact2: HashMap::default(),
            prefix: HashMap::default(),
            suffix: HashMap::default(),
            rules,
            ordinary,
            gentle,
            scripts: Scripts::default(),
        };
        patterns.index();
        Ok(patterns)
    }

    /// Every term, by the kind and text of its first word.
    fn index(&mut self) {
        for term in &self.terms {
            for word in &term.words {
                let text = match word {
                    Word::Exact(w) | Word::Prefix(w) | Word::Suffix(w) | Word::Attached(w) => w,
                };
                self.scripts.add(Scripts::of_word(text));
            }
        }
        for (i, term) in self.terms.iter().enumerate() {
            if let [Word::Exact(first), Word::Exact(second), ..] = term.words.as_slice() {
                self.exact2
                    .entry(first.clone())
                    .or_default()
                    .entry(second.clone())
                    .or_default()
                    .push(i);
                continue;
            }
            match &term.words[0] {
                Word::Exact(w) => self.exact.entry(w.clone()).or_default().push(i),
                Word::Attached(a) => self.attached.entry(a.clone()).or_default().push(i),
                Word::Prefix(p) => {
                    if let Some(key) = head(p) {
                        self.prefix.entry(key).or_default().push((p.clone(), i));
                    }
                }
                Word::Suffix(e) => {
                    if let Some(key) = tail(e) {
                        self.suffix.entry(key).or_default().push((e.clone(), i));
                    }
                }
            }
        }
    }

    pub fn lang(&self) -> &str {
        &self.lang
    }

    /// The first rule of this file that `words` (a normalised text, split) meet.
    pub fn find(&self, words: &[&str]) -> Found<'_> {
        // A long text says most words more than once: each is read once.
        let mut known: HashMap<&str, usize> = HashMap::default();
        let mut readings: Vec<Reading> = vec![];
        let at: Vec<usize> = words
            .iter()
            .map(|word| {
                *known.entry(word).or_insert_with(|| {
                    readings.push(
                        match self
                            .scripts
                            .may_meet(Scripts::of_word(word), self.steps.latin_to_cyrillic)
                        {
                            true => self.read(word),
                            false => Reading {
                                forms: vec![],
                                starts: vec![],
                            },
                        },
                    );
                    readings.len() - 1
                })
            })
            .collect();
        let mut seen = self.occurrences(&at, &readings);
        // Words an ordinary idiom holds are out of play for every danger rule.
        let mut innocent = vec![false; at.len()];
        for rule in &self.ordinary {
            for (first, last) in all_matches(rule, &seen) {
                innocent[first..=last].iter_mut().for_each(|i| *i = true);
            }
        }
        if innocent.iter().any(|i| *i) {
            for spans in &mut seen {
                spans.retain(|&(first, last)| !innocent[first..=last].iter().any(|i| *i));
            }
        }
        for rule in &self.rules {
            if let Some(span) = first_match(rule, &seen)
                && !vetoed(rule, span, &seen)
            {
                return Found::Cry(rule.danger.expect("danger rules have one"), &rule.name);
            }
        }
        match self.gentle.iter().any(|&c| !seen[c].is_empty()) {
            true => Found::Gentle,
            false => Found::Nothing,
        }
    }

    /// A word's readings, and the terms whose first word one of them meets.
    fn read(&self, word: &str) -> Reading {
        let forms = self.steps.forms(word);
        let mut starts: Vec<usize> = vec![];
        for form in &forms {
            let text = form.text.as_str();
            if form.attached {
                starts.extend(self.attached.get(text).into_iter().flatten());
                continue;
            }
            starts.extend(self.exact.get(text).into_iter().flatten());
            if let Some(stems) = head(text).and_then(|key| self.prefix.get(&key)) {
                starts.extend(
                    stems
                        .iter()
                        .filter(|(stem, _)| text.starts_with(stem.as_str()))
                        .map(|(_, t)| *t),
                );
            }
            if let Some(endings) = tail(text).and_then(|key| self.suffix.get(&key)) {
                starts.extend(
                    endings
                        .iter()
                        .filter(|(end, _)| text.ends_with(end.as_str()))
                        .map(|(_, t)| *t),
                );
            }
        }
        starts.sort_unstable();
        starts.dedup();
        Reading { forms, starts }
    }

    /// Where each concept stands in the text, whose words are `at` (indexes into `readings`).
    fn occurrences(&self, at: &[usize], readings: &[Reading]) -> Vec<Vec<Span>> {
        let mut seen: Vec<Vec<Span>> = vec![vec![]; self.concepts];
        let mut pairs: Vec<usize> = vec![];
        for (first, &word) in at.iter().enumerate() {
            // Runs of two exact words first: looked up by both.
            pairs.clear();
            if let Some(&next) = at.get(first + 1) {
                for form in readings[word].forms.iter().filter(|f| !f.attached) {
                    let Some(seconds) = self.exact2.get(form.text.as_str()) else {
                        continue;
                    };
                    for second in readings[next].forms.iter().filter(|f| !f.attached) {
                        pairs.extend(seconds.get(second.text.as_str()).into_iter().flatten());
                    }
                }
            }
            for &t in readings[word].starts.iter().chain(pairs.iter()) {
                let term = &self.terms[t];
                let last = first + term.words.len() - 1;
                if last >= at.len() {
                    continue;
                }
                let meets = term
                    .words
                    .iter()
                    .zip(&at[first..=last])
                    .all(|(pattern, &w)| readings[w].forms.iter().any(|f| pattern.meets(f)));
                if meets {
                    for &c in &term.concepts {
                        if seen[c].last() != Some(&(first, last)) {
                            seen[c].push((first, last));
                        }
                    }
                }
            }
        }
        for spans in &mut seen {
            spans.sort_unstable();
            spans.dedup();
        }
        seen
    }
}

/// How one word of a text may be read, and which terms may start at it.
struct Reading {
    forms: Vec<Form>,
    starts: Vec<usize>,
}

/// A word's first two letters, if it has two.
fn head(word: &str) -> Option<[char; 2]> {
    let mut chars = word.chars();
    Some([chars.next()?, chars.next()?])
}

/// A word's last two letters, if it has two.
fn tail(word: &str) -> Option<[char; 2]> {
    let mut chars = word.chars().rev();
    let last = chars.next()?;
    Some([chars.next()?, last])
}

/// The first place where every element of `rule` stands within its window.
fn first_match(rule: &Rule, seen: &[Vec<Span>]) -> Option<Span> {
    if rule.elements.iter().any(|&e| seen[e].is_empty()) {
        return None;
    }
    let mut anchors: Vec<Span> = match rule.order {
        Order::AsWritten => seen[rule.elements[0]].clone(),
        Order::Any => rule
            .elements
            .iter()
            .flat_map(|&e| &seen[e])
            .copied()
            .collect(),
    };
    anchors.sort_unstable();
    anchors.dedup();
    anchors
        .into_iter()
        .find_map(|anchor| complete(rule, seen, anchor))
}

/// Every place `rule` matches, for ordinary rules, whose matches all take words out of play.
fn all_matches(rule: &Rule, seen: &[Vec<Span>]) -> Vec<Span> {
    if rule.elements.iter().any(|&e| seen[e].is_empty()) {
        return vec![];
    }
    let mut anchors: Vec<Span> = rule
        .elements
        .iter()
        .flat_map(|&e| &seen[e])
        .copied()
        .collect();
    anchors.sort_unstable();
    anchors.dedup();
    anchors
        .into_iter()
        .filter_map(|anchor| complete(rule, seen, anchor))
        .collect()
}

/// The match whose first word is `anchor`'s, if every element fits in the window from there.
fn complete(rule: &Rule, seen: &[Vec<Span>], anchor: Span) -> Option<Span> {
    let start = anchor.0;
    let mut end = anchor.1;
    let mut after = start;
    for &element in &rule.elements {
        // The earliest-ending place of this element that starts no sooner than allowed.
        let from = match rule.order {
            Order::AsWritten => after,
            Order::Any => start,
        };
        let (first, last) = seen[element]
            .iter()
            .filter(|(first, _)| *first >= from)
            .min_by_key(|(first, last)| match rule.order {
                Order::AsWritten => (*first, *last),
                Order::Any => (*last, *first),
            })
            .copied()?;
        after = first;
        end = end.max(last);
        if end + 1 - start > rule.within {
            return None;
        }
    }
    Some((start, end))
}

/// Whether one of the rule's `unless` concepts stands in the window around its match.
fn vetoed(rule: &Rule, (first, last): Span, seen: &[Vec<Span>]) -> bool {
    let from = first.saturating_sub(rule.within);
    let to = last + rule.within;
    rule.unless
        .iter()
        .any(|&c| seen[c].iter().any(|&(f, l)| l >= from && f <= to))
}

struct Compiler<'a> {
    file: &'a File,
    /// Concept ids by name; an item written in a rule gets a concept of its own.
    names: BTreeMap<String, usize>,
    terms: Vec<Term>,
    resolving: Vec<String>,
    /// The terms of each concept, included ones too.
    members: HashMap<usize, Vec<usize>>,
    /// Written words as the language spells them.
    spelled: HashMap<String, Vec<String>>,
}

impl Compiler<'_> {
    fn rule(
        &mut self,
        rule: &RuleFile,
        name: String,
        danger: Option<Danger>,
    ) -> anyhow::Result<Rule> {
        if rule.words.is_empty() {
            bail!("no words");
        }
        let elements = rule
            .words
            .iter()
            .map(|w| self.element(w))
            .collect::<anyhow::Result<Vec<_>>>()?;
        let unless = rule
            .unless
            .iter()
            .map(|w| self.element(w))
            .collect::<anyhow::Result<Vec<_>>>()?;
        let written: usize = rule
            .words
            .iter()
            .map(|w| w.split_whitespace().count())
            .sum();
        let within = rule.within.unwrap_or(written + 3);
        if within < rule.words.len() {
            bail!("within = {within} is fewer words than the rule has");
        }
        Ok(Rule {
            name,
            danger,
            elements,
            within,
            order: rule.order,
            unless,
        })
    }

    /// A concept's name, or a word or run of words written in place.
    fn element(&mut self, item: &str) -> anyhow::Result<usize> {
        if is_name(item) {
            return self.concept(item);
        }
        let key = format!("\u{0}{item}");
        if let Some(&id) = self.names.get(&key) {
            return Ok(id);
        }
        let id = self.names.len();
        self.names.insert(key, id);
        self.term(item, id)?;
        Ok(id)
    }

    fn concept(&mut self, name: &str) -> anyhow::Result<usize> {
        if let Some(&id) = self.names.get(name) {
            return Ok(id);
        }
        if self.resolving.iter().any(|n| n == name) {
            bail!("concept {name} includes itself");
        }
        let items = self
            .file
            .concepts
            .get(name)
            .ok_or_else(|| anyhow!("no concept named {name}"))?;
        self.resolving.push(name.to_owned());
        let id = self.names.len();
        self.names.insert(name.to_owned(), id);
        for item in items {
            if is_name(item) {
                let inner = self.concept(item)?;
                for t in self.members.get(&inner).cloned().unwrap_or_default() {
                    if !self.terms[t].concepts.contains(&id) {
                        self.terms[t].concepts.push(id);
                        self.members.entry(id).or_default().push(t);
                    }
                }
            } else {
                self.term(item, id)
                    .with_context(|| format!("concept {name}"))?;
            }
        }
        self.resolving.pop();
        Ok(id)
    }

    fn term(&mut self, item: &str, concept: usize) -> anyhow::Result<()> {
        let mut words = vec![];
        for written in item.split_whitespace() {
            words.extend(self.words(written).with_context(|| format!("{item:?}"))?);
        }
        if words.is_empty() {
            bail!("{item:?} has no words once normalised");
        }
        self.members
            .entry(concept)
            .or_default()
            .push(self.terms.len());
        self.terms.push(Term {
            words,
            concepts: vec![concept],
        });
        Ok(())
    }

    /// A written word as pattern words: one, or several where normalising splits it
    /// ("b-e" is two words, as it is in a text).
    fn words(&mut self, written: &str) -> anyhow::Result<Vec<Word>> {
        if let Some(attached) = written.strip_prefix('+') {
            return Ok(vec![Word::Attached(self.one(written, attached)?)]);
        }
        match (written.strip_prefix('*'), written.strip_suffix('*')) {
            (Some(_), Some(_)) => bail!("{written:?}: a star at both ends matches too much"),
            (Some(tail), None) => {
                let tail = self.one(written, tail)?;
                if tail.chars().count() < 2 {
                    bail!("{written:?}: too short to end a word");
                }
                Ok(vec![Word::Suffix(tail)])
            }
            (None, Some(head)) => {
                let head = self.one(written, head)?;
                if head.chars().count() < 2 {
                    bail!("{written:?}: too short to start a word");
                }
                Ok(vec![Word::Prefix(head)])
            }
            (None, None) => Ok(self.spell(written).into_iter().map(Word::Exact).collect()),
        }
    }

    /// A written word as this language spells it; items repeat across concepts, so each is
    /// spelled once.
    fn spell(&mut self, core: &str) -> Vec<String> {
        if let Some(known) = self.spelled.get(core) {
            return known.clone();
        }
        let steps = &self.file.normalise;
        let spelled: Vec<String> = super::normalise::normalise(core)
            .split(' ')
            .filter(|w| !w.is_empty())
            .map(|w| steps.spell(w))
            .collect();
        self.spelled.insert(core.to_owned(), spelled.clone());
        spelled
    }

    /// Like [`Compiler::spell`], for a stem, an ending or a clitic: one word.
    fn one(&mut self, written: &str, core: &str) -> anyhow::Result<String> {
        match self.spell(core).as_slice() {
            [word] => Ok(word.clone()),
            _ => bail!("{written:?} is not one word once normalised"),
        }
    }
}

/// A concept's name: capitals, digits and underscores.
fn is_name(item: &str) -> bool {
    item.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && item
            .chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
}
