//! A caller's own names (`Options::names`) and names never to tag (`Options::ignore`).

use newsmark::fuzzing::check;
use newsmark::{annotate_with, Annotations, Detail, Label, ListedName, Options};

fn listed(name: &str, label: Label, aliases: &[&str]) -> ListedName {
    ListedName { name: name.into(), label, aliases: aliases.iter().map(|a| a.to_string()).collect() }
}

fn run(text: &str, names: Vec<ListedName>, ignore: &[&str]) -> Annotations {
    let options = Options { names, ignore: ignore.iter().map(|s| s.to_string()).collect(), ..Options::default() };
    let found = annotate_with(text, &options);
    check(text, &found, options.labels).unwrap();
    found
}

/// (text, label, entity name) of every entity span.
fn entities(found: &Annotations) -> Vec<(&str, Label, &str)> {
    found
        .spans
        .iter()
        .filter_map(|s| s.entity().map(|e| (s.text.as_str(), s.label(), found.entities[e].name.as_str())))
        .collect()
}

#[test]
fn a_listed_name_takes_its_label_wherever_it_stands() {
    let text = "Maren Holt rose 4% on Monday. Analysts said Maren Holt would buy a rival.";
    let before = run(text, vec![], &[]);
    assert!(entities(&before).iter().any(|&(t, l, _)| t == "Maren Holt" && l == Label::Person), "{before:?}");
    let after = run(text, vec![listed("Maren Holt", Label::Org, &[])], &[]);
    assert_eq!(entities(&after), [("Maren Holt", Label::Org, "Maren Holt"), ("Maren Holt", Label::Org, "Maren Holt")]);
    assert_eq!(after.entities.len(), 1);
    assert_eq!(after.entities[0].mentions, 2);
}

#[test]
fn aliases_are_one_entity_under_the_listed_name() {
    let text = "Talvos Deepwater Group agreed to the deal. TDG will pay $5 million, and Talvos said it was fair.";
    let found = run(text, vec![listed("Talvos Deepwater Group", Label::Org, &["TDG", "Talvos"])], &[]);
    let got = entities(&found);
    assert_eq!(
        got,
        [
            ("Talvos Deepwater Group", Label::Org, "Talvos Deepwater Group"),
            ("TDG", Label::Org, "Talvos Deepwater Group"),
            ("Talvos", Label::Org, "Talvos Deepwater Group"),
        ]
    );
    let ids: Vec<_> = found.spans.iter().filter_map(|s| s.entity()).collect();
    assert!(ids.windows(2).all(|w| w[0] == w[1]), "{ids:?}");
}

/// The (name, label) of each quote's speaker entity.
fn speakers(found: &Annotations) -> Vec<(&str, Label)> {
    found
        .spans
        .iter()
        .filter_map(|s| match &s.detail {
            Detail::Quote { speaker: Some(sp), .. } => {
                sp.entity.map(|e| (found.entities[e].name.as_str(), found.entities[e].label))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn a_listed_person_is_the_speaker() {
    let text = "The talks in Sydney ended. “We will build it,” Sydney said. Later Sydney added: “And soon.”";
    assert_eq!(speakers(&run(text, vec![], &[])), [("Sydney", Label::Loc), ("Sydney", Label::Loc)]);
    let found = run(text, vec![listed("Sydney", Label::Person, &[])], &[]);
    assert_eq!(speakers(&found), [("Sydney", Label::Person), ("Sydney", Label::Person)]);
}

#[test]
fn names_match_as_written_on_token_boundaries() {
    let text = "The Kestrone fund and the kestrone brand and Kestroneville.";
    let found = run(text, vec![listed("Kestrone", Label::Org, &[])], &[]);
    let got: Vec<_> = entities(&found).into_iter().filter(|(.., name)| *name == "Kestrone").collect();
    assert_eq!(got, [("Kestrone", Label::Org, "Kestrone")]);
}

#[test]
fn ignored_names_are_not_tagged_and_their_quotes_lose_the_link() {
    let text = "Jason Droege said the deal was done. “It is final,” Droege said.";
    let before = run(text, vec![], &[]);
    assert!(entities(&before).iter().any(|&(t, ..)| t == "Jason Droege"));
    let after = run(text, vec![], &["Jason Droege", "Droege"]);
    assert!(entities(&after).is_empty(), "{after:?}");
    // A listed name wins over the same name ignored.
    let both = run(text, vec![listed("Droege", Label::Person, &[])], &["Droege"]);
    assert!(entities(&both).iter().any(|&(t, ..)| t == "Droege"));
}

#[test]
fn entries_that_are_not_names_are_passed_over() {
    let text = "It cost $5 and Kestrone paid.";
    let found = run(text, vec![listed("$5", Label::Money, &[]), listed("", Label::Org, &[" "])], &[]);
    assert_eq!(found.spans.iter().filter(|s| s.label() == Label::Money).count(), 1);
}
