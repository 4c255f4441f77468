//! `annotate` never panics and never fails: the inputs the crate docs promise to take.

use newsmark::{annotate, annotate_with, Label, Options};

fn assert_sane(text: &str) {
    let found = annotate(text);
    for s in &found.spans {
        assert!(
            s.start < s.end && s.end <= text.len() && text.is_char_boundary(s.start) && text.is_char_boundary(s.end)
        );
    }
}

#[test]
fn empty_and_blank() {
    for text in ["", " ", "\n\n\n", "\r\n", "\t", "\u{a0}", "\u{200b}\u{feff}"] {
        let found = annotate(text);
        assert!(found.spans.is_empty() && found.entities.is_empty(), "{text:?}");
    }
}

#[test]
fn unusual_text() {
    let cases = [
        "no capitals at all, he said \"fine\" and paid $5 for 10 percent",
        "ALL IN CAPITALS: JASON DROEGE SAID \"WE PAID $14.3 BILLION\"",
        "Line one\r\nLine two\r\n\r\n“Quote,” she said.\r\n",
        "tabs\tbetween\twords\tMeta\tInc.",
        "nbsp\u{a0}$\u{a0}5\u{a0}million",
        "zero\u{200b}width\u{200d}joiner\u{2060}Meta",
        "emoji 🚀 “launch” 👩‍👩‍👧 family 🇺🇸 flag $5",
        "right to left: שלום עולם “ציטוט” مرحبا بالعالم «اقتباس»",
        "\u{202e}reversed\u{202c} text",
        "unbalanced “quote that never ends, said Droege. And on and on.",
        "unbalanced” closer first “ then opener",
        "\"\"\"\"\"\"\"\"\"",
        "“”“”“”‘’‘’",
        "$$$$ €€€ 999999999999999999999999999999999999999 billion trillion",
        "$99999999999999999999999999999999999999999999999999999999999999999999999999 trillion",
        "Mr. Mr. Mr. Inc. Inc. U.S. U.S.",
        "’s ’s 's",
        "\u{0}\u{1}\u{7f} control characters",
    ];
    for text in cases {
        assert_sane(text);
    }
}

#[test]
fn garbage_that_is_valid_utf8() {
    // A deterministic pseudo-random byte stream, made valid UTF-8 lossily: many U+FFFD and odd code points.
    let mut state = 0x9e3779b97f4a7c15u64;
    let bytes: Vec<u8> = (0..200_000)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect();
    assert_sane(&String::from_utf8_lossy(&bytes));
}

#[test]
fn ten_megabytes() {
    let paragraph = "Jason Droege, the chief executive of Scale AI, said on Tuesday: “We raised about $1 billion, \
                     or 49% more than planned.” Meta Platforms Inc. paid $14.3 billion, he said.\n\n";
    let text = paragraph.repeat(10 * 1024 * 1024 / paragraph.len() + 1);
    assert!(text.len() >= 10 * 1024 * 1024);
    let found = annotate(&text);
    let money = found.spans.iter().filter(|s| s.label() == Label::Money).count();
    let copies = text.len() / paragraph.len();
    assert_eq!(money, 2 * copies, "each copy has two amounts");
}

#[test]
fn one_ten_megabyte_line_of_quote_marks() {
    // Unbalanced marks must not make pairing quadratic or swallow everything.
    let text = "“a ".repeat(3 * 1024 * 1024);
    assert_sane(&text);
}

#[test]
fn pronouns_after_a_long_run_of_punctuation() {
    // Each "He" weighs the people before it by the words after their names: a long run of punctuation after
    // one name must not be read again for every pronoun.
    // One sentence of quotes, so that every pronoun is near enough to weigh the name.
    let text = format!("Jason Droege spoke{} {}", "!".repeat(256 * 1024), "“fine,” he said, ".repeat(20_000));
    let found = annotate(&text);
    let quotes = found.spans.iter().filter(|s| s.label() == Label::Quote).count();
    assert_eq!(quotes, 20_000);
}

#[test]
fn many_people_sharing_a_surname_with_a_very_long_name() {
    // Each new "Xxxson Scott" is checked against the first Scott's full name: reading all of a name thousands
    // of words long for every one of them made clustering quadratic.
    let long: Vec<&str> = ["Keith", "Lamont", "Aaron", "Calvin"].iter().copied().cycle().take(4000).collect();
    let mut text = format!("{} Scott said on Monday. Scott said on Monday.\n\n", long.join(" "));
    for i in 0..4000u32 {
        let first: String = (0..4).map(|k| char::from(b'a' + ((i >> (5 * k)) % 26) as u8)).collect();
        text.push_str(&format!("{}{}son Scott said on Monday.\n\n", first[..1].to_uppercase(), &first[1..]));
    }
    assert_sane(&text);
}

#[test]
fn options_choose_labels() {
    let text = "“We paid $5 million,” Jason Droege said.";
    let only_money = annotate_with(text, &Options::only(&[Label::Money]));
    assert!(only_money.spans.iter().all(|s| s.label() == Label::Money));
    assert_eq!(only_money.spans.len(), 1);
    let nothing = annotate_with(text, &Options::only(&[]));
    assert!(nothing.spans.is_empty());
}

#[test]
fn a_long_name_running_to_the_end_of_the_text() {
    // Regression (fuzzing, `npm run fuzz`): a mention emptied when a long organization name took it in sat at the
    // end of the text, and the campus rule read the token there.
    for text in ["e Council for Pe", "The Council for Peace", "a University of Ohio at Kent", "Foundation for Ar"] {
        assert_sane(text);
    }
}
