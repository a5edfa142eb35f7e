/// The vocabulary of page chrome: buttons, share bars, comment forms, app and newsletter
/// prompts, in many languages. A short line made mostly of these words is interface, not prose.
///
/// Matching is on lower-cased text; each phrase is checked as a substring, so phrases are chosen
/// long or specific enough not to occur in ordinary sentences.
enum PageChrome {
    static let phrases = [
        // English
        "comment(s)", "comments", "add your comment", "leave a comment", "leave a reply", "post a comment",
        "print", "e-mail", "email this", "share this", "share on", "bookmark", "adjust font size", "font size",
        "follow us", "follow ", "on twitter", "on facebook", "sign up", "sign in", "log in", "subscribe",
        "newsletter", "download the app", "app download", "get the app", "read more", "related articles",
        "related stories", "advertisement", "sponsored", "cookie", "accept all", "privacy policy",
        "terms of use", "all rights reserved", "copyright", "user name", "your comment", "your email",
        "enter the words", "send your stories", "get more from",
        "rss", "go to forum", "no comments", "back to top", "previous article", "next article",
        "skip to content", "click here", "more news", "most read", "trending", "you may also like",
        "recommended", "tags:", "filed under", "posted in", "share:", "tweet", "whatsapp", "linkedin",
        "pinterest", "reddit", "telegram", "explore further", "feedback to editors", "related coverage",
        "min read", "last modified", "last updated", "loading...", "be sociable", "see also", "back to",
        // German
        "kommentar", "kommentare", "drucken", "teilen", "merken", "anmelden", "registrieren",
        "newsletter abonnieren", "mehr zum thema", "weitere artikel", "impressum", "datenschutz",
        "nutzungsbedingungen", "alle rechte vorbehalten", "zum seitenanfang", "anzeige", "werbung",
        "schriftgröße", "folgen sie uns", "jetzt lesen", "weiterlesen", "mehr lesen", "wird geladen",
        "gefällt mir", "pinnen", "zurück", "bewertung", "mehr aus", "zum shop", "aktualisiert",
        "weitere informationen", "lesen sie auch", "das könnte sie auch interessieren", "auch interessant",
        "weitere artikel", "letzte artikel", "erfahre mehr", "noch mehr", "mehr zum", "ähnliche artikel",
        "top 5", "more from", "more stories", "latest news", "latest articles", "related posts",
        "könnte dich auch interessieren", "könnte sie auch interessieren", "empfehlungen aus",
        "weiterführende links", "weiterführender link", "weitere pressemitteilungen", "weitere inhalte",
        "meistgelesen", "meistdiskutiert", "mehr themen", "top-themen", "themen im artikel", "schon gelesen",
        "entdecke weitere", "entdecken sie weitere", "war der artikel", "war dieser artikel", "über den autor",
        "über die autorin", "fragen an den autor", "jede kleine spende", "lade weitere", "alle artikel",
        "alle nachrichten", "quellenangaben", "inhaltsverzeichnis", "schlagworte", "beitragsbild",
        "table of contents", "about the author", "you might also like", "you may also be interested",
        "was this article helpful", "read next", "don't miss", "editor's picks", "popular posts", "most popular",
        "never miss", "sign up here", "latest on",
        // French
        "commentaire", "imprimer", "partager", "s'abonner", "abonnez-vous", "se connecter",
        "lire aussi", "lire la suite", "mentions légales", "publicité", "taille du texte",
        "en savoir plus", "pour accéder", "sur le même sujet", "à lire aussi",
        // Spanish / Portuguese / Italian
        "comentario", "imprimir", "compartir", "compartilhar", "suscríbete", "assine", "iscriviti",
        "leer más", "leia mais", "leggi anche", "publicidad", "publicidade", "pubblicità", "condividi",
        "stampa", "commenti", "aviso legal", "política de privacidad", "modo nocturno", "à découvrir",
        "zobacz również", "więcej", "czytaj także", "udostępnij", "drukuj",
        "te puede interesar", "más noticias", "lo más leído", "noticias relacionadas", "notas relacionadas",
        "artículos relacionados", "potrebbe interessarti",
        "articoli correlati", "ezek is érdekelhetnek",
        // Russian, Chinese, Japanese, Korean
        "комментари", "поделиться", "подписаться", "печать", "читать также", "реклама",
        "评论", "分享", "打印", "订阅", "字号", "责任编辑", "相关新闻", "コメント", "シェア", "印刷",
        "関連記事", "댓글", "공유", "인쇄", "구독", "기사제보",
    ]

    static let phraseNeedles = ByteNeedleSet(phrases)
    /// Per phrase, its length in Unicode scalars.
    static let phraseLengths = phrases.map(\.unicodeScalars.count)

    /// Whether `text` (a whole short line) reads as interface rather than prose.
    ///
    /// - Parameter text: The line; only lines under 120 characters can qualify.
    static func isChrome(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            // The lower-cased line, on the stack for a short line, followed by eight zero bytes
            // that let the search read any position's next eight bytes as one word; they lie
            // outside the line's range, so no phrase is found in them.
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 2 * bytes.count + 8) { buffer in
                let count = UTF8Decoding.lowercase(bytes, into: buffer)
                for index in count..<(count + 8) { buffer[index] = 0 }
                return isChrome(lowered: UnsafeBufferPointer(rebasing: buffer[0..<(count + 8)]), count: count)
            }
        }
    }

    /// ``isChrome(_:)`` for a line lower-cased: its first `count` bytes of `lower`.
    private static func isChrome(lowered lower: UnsafeBufferPointer<UInt8>, count: Int) -> Bool {
        let range = UTF8Decoding.trimmedRange(UnsafeBufferPointer(rebasing: lower[0..<count]))
        guard !range.isEmpty else { return true }
        let length = UTF8Decoding.scalarCount(lower, in: range)
        guard length < 120 else { return false }
        var covered = 0
        // The phrases seen, on the stack, cleared on the first match: most lines have none.
        withUnsafeTemporaryAllocation(of: Bool.self, capacity: phraseLengths.count) { seen in
            var cleared = false
            phraseNeedles.forEachMatch(in: lower, range: range) { phrase in
                if !cleared {
                    seen.initialize(repeating: false)
                    cleared = true
                }
                guard !seen[phrase] else { return true }
                seen[phrase] = true
                covered += phraseLengths[phrase]
                return true
            }
        }
        // Mostly chrome words, or a chrome phrase in a line too short to be a sentence.
        if covered * 2 >= length { return true }
        guard covered > 0, lower[range.upperBound - 1] != UInt8(ascii: ".") else { return false }
        var words = 0
        var inWord = false
        for byte in lower[range] {
            if byte == UInt8(ascii: " ") {
                inWord = false
            } else if !inWord {
                inWord = true
                words += 1
            }
        }
        return words <= 6
    }
}

extension String {
    /// The text on one line, white space folded, cut after `limit` characters with an ellipsis:
    /// for explanations that must stay one line each.
    func excerpt(_ limit: Int = 60) -> String {
        let folded = split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard folded.unicodeScalars.count > limit else { return folded }
        return String(String.UnicodeScalarView(folded.unicodeScalars.prefix(limit))) + "…"
    }
}
