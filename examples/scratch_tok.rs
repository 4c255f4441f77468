fn main() {
    let text = std::env::args().nth(1).unwrap();
    let doc = newsmark::text::Doc::new(&text);
    for t in &doc.tokens {
        print!("[{}:{:?}] ", &text[t.start..t.end], t.kind);
    }
    println!();
}
