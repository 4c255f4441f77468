//! Reading CoNLL-2003 files: `token POS chunk NER` lines, a blank line between sentences, and a
//! document-start line between documents. Shared by the entity evaluation and training examples.

pub struct Document {
    pub tokens: Vec<String>,
    /// The gold IOB tag of each token.
    pub tags: Vec<String>,
    /// Where each sentence starts, in tokens.
    pub sentence_starts: Vec<usize>,
}

/// Splits CoNLL lines (`token POS chunk NER`) into documents and sentences.
pub fn documents(data: &str) -> Vec<Document> {
    let mut docs = Vec::new();
    let new_doc = || Document { tokens: Vec::new(), tags: Vec::new(), sentence_starts: Vec::new() };
    let mut doc = new_doc();
    let mut in_sentence = false;
    for line in data.lines() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        if fields.first() == Some(&"-DOCSTART-") {
            if !doc.tokens.is_empty() {
                docs.push(std::mem::replace(&mut doc, new_doc()));
            }
            in_sentence = false;
            continue;
        }
        if fields.len() < 2 {
            in_sentence = false;
            continue;
        }
        if !in_sentence {
            doc.sentence_starts.push(doc.tokens.len());
            in_sentence = true;
        }
        doc.tokens.push(fields[0].to_string());
        doc.tags.push(fields[fields.len() - 1].to_string());
    }
    if !doc.tokens.is_empty() {
        docs.push(doc);
    }
    docs
}
