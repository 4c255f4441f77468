//! Which pronoun a person takes, when the text makes it cheap to tell: a courtesy title ("Mrs. Clinton",
//! "Mr. Trump") or a common given name ("Hillary", "Jason"). Used only to skip people a "he" or "she" cannot
//! be; an unknown person fits either pronoun.

use crate::entities::{kinds_of, Kind};

/// A person's pronoun, as far as "he"/"she" resolution needs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gender {
    Male,
    Female,
}

/// The gender a speaker pronoun asks for ("he" → male), if it is "he" or "she".
pub fn of_pronoun(word: &str) -> Option<Gender> {
    if word.eq_ignore_ascii_case("he") {
        Some(Gender::Male)
    } else if word.eq_ignore_ascii_case("she") {
        Some(Gender::Female)
    } else {
        None
    }
}

/// The gender a courtesy title tells, if any: "Mr.", "Mrs.", "Sen." (no).
pub fn of_title(word: &str) -> Option<Gender> {
    let w = word.trim_end_matches('.');
    let is = |list: &[&str]| list.iter().any(|n| n.eq_ignore_ascii_case(w));
    if is(MALE_TITLES) {
        Some(Gender::Male)
    } else if is(FEMALE_TITLES) {
        Some(Gender::Female)
    } else {
        None
    }
}

/// The gender a title or given name tells, if any: "Mr.", "Sen." (no), "Hillary", "Jason".
pub fn of_word(word: &str) -> Option<Gender> {
    let w = word.trim_end_matches('.');
    if w.len() > 12 {
        return None;
    }
    let is = |list: &[&str]| list.iter().any(|n| n.eq_ignore_ascii_case(w));
    if is(MALE_TITLES) || is(MALE_NAMES) {
        return Some(Gender::Male);
    } else if is(FEMALE_TITLES) || is(FEMALE_NAMES) {
        return Some(Gender::Female);
    }
    // The derived given-name lists (src/entities/lists: compromise's and Faker's female and male names).
    let kinds = kinds_of(w, &mut String::with_capacity(w.len()));
    if kinds.has(Kind::Female) {
        Some(Gender::Female)
    } else if kinds.has(Kind::Male) {
        Some(Gender::Male)
    } else {
        None
    }
}

/// Whether `word` is a given name of one gender only ("Melanie", "Kevin"): a person the text names by it alone
/// is known by that name's gender. The caller asks only for a name the text never gives a surname: "Grant" of
/// an "Ines Grant" is a surname there, though a list gives it as a man's given name.
pub fn is_given_name_only(word: &str) -> bool {
    let kinds = kinds_of(word, &mut String::with_capacity(word.len()));
    kinds.has(Kind::Female) != kinds.has(Kind::Male)
}

const MALE_TITLES: &[&str] =
    &["mr", "sir", "lord", "king", "prince", "congressman", "councilman", "chairman", "father", "brother"];
const FEMALE_TITLES: &[&str] = &[
    "mrs",
    "ms",
    "miss",
    "dame",
    "lady",
    "queen",
    "princess",
    "congresswoman",
    "councilwoman",
    "chairwoman",
    "sister",
];

/// Given names frequent in English-language news, by the pronoun their bearers mostly take.
#[rustfmt::skip]
const MALE_NAMES: &[&str] = &[
    "aaron", "adam", "alan", "albert", "alex", "andrew", "anthony", "barack", "ben", "benjamin", "bernie", "bill",
    "bob", "boris", "brad", "brian", "bruce", "carl", "charles", "chris", "christopher", "chuck", "craig", "dan",
    "daniel", "david", "dennis", "dick", "donald", "doug", "ed", "edward", "elon", "emmanuel", "eric", "frank",
    "gary", "george", "greg", "harry", "henry", "ian", "jack", "jacob", "james", "jared", "jason", "jeb", "jeff",
    "jeffrey", "jeremy", "jerry", "jim", "jimmy", "joe", "john", "jon", "jonathan", "joseph", "josh", "justin",
    "keith", "ken", "kevin", "larry", "lindsey", "marco", "mark", "martin", "matt", "matthew", "michael", "mike",
    "mitch", "mitt", "newt", "nick", "olaf", "patrick", "paul", "pete", "peter", "phil", "ralph", "rand", "reince",
    "richard", "rick", "rob", "robert", "roger", "ron", "ronald", "rudy", "ryan", "sam", "scott", "sean", "steve",
    "steven", "ted", "thomas", "tim", "timothy", "tom", "tony", "vladimir", "walter", "william", "xi",
];

#[rustfmt::skip]
const FEMALE_NAMES: &[&str] = &[
    "alexandria", "alice", "amanda", "amy", "angela", "ann", "anna", "anne", "barbara", "betsy", "carly", "carol",
    "caroline", "catherine", "chelsea", "christine", "claire", "debbie", "deborah", "diane", "donna", "elizabeth",
    "ellen", "emily", "emma", "franziska", "hannah", "heather", "heidi", "helen", "hillary", "huma", "ivanka",
    "jane", "janet", "jennifer", "jessica", "jill", "joan", "julia", "julie", "karen", "kate", "katherine",
    "kathleen", "kathy", "kamala", "kellyanne", "kirsten", "laura", "linda", "lisa", "lynn", "margaret", "maria",
    "marie", "martha", "mary", "megan", "megyn", "melania", "melissa", "michelle", "nancy", "nicole", "nikki",
    "patricia", "rachel", "rebecca", "sarah", "sharon", "stephanie", "susan", "theresa", "ursula", "angela",
    "elise", "tulsi", "condoleezza", "madeleine", "sonia", "ruth", "sheryl", "oprah", "samantha", "valerie",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_and_given_names() {
        assert_eq!(of_word("Mrs."), Some(Gender::Female));
        assert_eq!(of_word("Mr."), Some(Gender::Male));
        assert_eq!(of_word("Hillary"), Some(Gender::Female));
        assert_eq!(of_word("Jason"), Some(Gender::Male));
        assert_eq!(of_word("Sen."), None);
        assert_eq!(of_word("Droege"), None);
        // From the derived lists, beyond the hand-written ones.
        assert_eq!(of_word("Melanie"), Some(Gender::Female));
        assert_eq!(of_word("Antonin"), Some(Gender::Male));
        assert_eq!(of_pronoun("She"), Some(Gender::Female));
        assert_eq!(of_pronoun("it"), None);
    }
}
