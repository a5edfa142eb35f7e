import GalleyCore

/// The most frequent function words of the languages extraction knows, for jusText-style
/// stop-word density: prose is full of them, navigation and page chrome hardly contain any.
///
/// Each list holds about 80–120 of the most frequent words of the language (articles, pronouns,
/// prepositions, conjunctions, auxiliaries), lower-case. For Chinese and Japanese, which are not
/// written with spaces, the lists hold single characters (particles and function characters)
/// and density is counted per character.
enum StopWords {
    /// A language's list and how to count it.
    struct Language {
        let code: String
        let words: Set<String>
        /// Count per character (CJK) rather than per word.
        let isCharacterBased: Bool
        /// The density above which a block reads as prose (jusText's "stopwords_high").
        let proseDensity: Double
        /// `words` as set keys that cost no allocation to look up.
        let packedWords: PackedWordSet
        /// For character-based languages, the scalar values of `words`.
        let scalars: Set<UInt32>

        init(code: String, words: Set<String>, isCharacterBased: Bool, proseDensity: Double) {
            self.code = code
            self.words = words
            self.isCharacterBased = isCharacterBased
            self.proseDensity = proseDensity
            packedWords = PackedWordSet(words: words)
            scalars = Set(words.compactMap { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first?.value : nil })
        }
    }

    static func words(_ text: String) -> Set<String> { Set(text.split(separator: " ").map(String.init)) }

    static let english = Language(code: "en", words: words("""
        the of and to a in is it that was for on are as with be by at this have from or an they which \
        one you were her all she there would their we him been has when who will more no if out so said \
        what up its about into than them can only other new some could time these two may then do first \
        any my now such like our over man me even most made after also did many before must through back \
        years where much your way well down should because each just those people how too little state \
        good very make world still own see men work long get here between both life being under never day \
        same another know while last might us great old year off come since against go came right used \
        take three not but his he had i our has been were its also than while
        """), isCharacterBased: false, proseDensity: 0.30)

    static let german = Language(code: "de", words: words("""
        der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als auch es an werden \
        aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur \
        oder aber vor zur bis mehr durch man sein wurde sei hatte kann gegen vom können schon wenn habe \
        seine ihre dann unter wir soll ich eines jahr zwei jahren diese dieser wieder keine seiner worden \
        will zwischen immer was sagte gibt alle diesem ab denn ihr seit uns weil doch da ihm sehr bereits \
        wo man hier dort wir ihnen
        """), isCharacterBased: false, proseDensity: 0.28)

    static let french = Language(code: "fr", words: words("""
        de la le et les des en un du une que est pour qui dans a par plus pas au sur ne se il ce sont \
        avec son elle ont mais ou comme sa cette aux été leur y nous on ses tout fait être aussi bien \
        deux même entre ces lui je vous si sans peut était dont ans après ils leurs avait encore sous \
        où alors très nos fois tous avant autres depuis contre donc ainsi elles moins faire dit peu \
        quand celui toute cela notre chez
        """), isCharacterBased: false, proseDensity: 0.30)

    static let spanish = Language(code: "es", words: words("""
        de la que el en y a los se del las un por con no una su para es al lo como más o pero sus le ha \
        me si sin sobre este ya entre cuando todo esta ser son dos también fue había era muy años hasta \
        desde está mi porque qué sólo han yo hay vez puede todos así nos ni parte tiene él uno donde \
        bien tiempo mismo ese ahora cada e vida otro después te otros aunque esa eso hace otra gobierno \
        tan durante siempre día tanto ella tres sí dijo sido según
        """), isCharacterBased: false, proseDensity: 0.30)

    static let portuguese = Language(code: "pt", words: words("""
        de a o que e do da em um para é com não uma os no se na por mais as dos como mas foi ao ele das \
        tem à seu sua ou ser quando muito há nos já está eu também só pelo pela até isso ela entre era \
        depois sem mesmo aos ter seus quem nas me esse eles estão você tinha foram essa num nem suas meu \
        às minha têm numa pelos elas havia seja qual será nós tenho lhe deles essas esses pelas este fosse \
        dele
        """), isCharacterBased: false, proseDensity: 0.30)

    static let italian = Language(code: "it", words: words("""
        di e il la che in a per un è del non una con i da le si al sono della come anche lo ha dei ma \
        più nel alla ci se gli o delle questo nella ed essere sul suo sua fa dal loro tra già era stato \
        quando cui ne mi io dopo molto degli sui fino può hanno tutti ancora perché senza questa solo \
        sia due poi quello stati negli dalla ad quindi proprio così tutto aveva fare ogni anni prima
        """), isCharacterBased: false, proseDensity: 0.30)

    static let dutch = Language(code: "nl", words: words("""
        de en van het een in is dat op te zijn met voor niet aan er die ook als door maar om bij uit \
        dan of nog wordt was worden naar heeft ze we hij tot werd over kan zich wel geen meer al hun \
        moet deze zo zal onder hebben na nu had alleen tussen veel wat wij jaar twee dit waar worden
        """), isCharacterBased: false, proseDensity: 0.28)

    static let russian = Language(code: "ru", words: words("""
        и в не на что с по я он как а это к но из его то все у за же от так было о для она вы мы бы \
        ее был только уже или они до по если когда ни даже вот нет при их чтобы может был быть еще \
        этого этом где есть также более после этот году лет который которые которых также время без \
        тем чем того них между этой были будет свои своей сейчас
        """), isCharacterBased: false, proseDensity: 0.25)

    static let polish = Language(code: "pl", words: words("""
        i w na z do nie się że jest to o a jak po co od tak ale za przez dla jego jej już tylko może \
        są był była było przy oraz ich lub także czy który która które bardzo jednak został roku lat
        """), isCharacterBased: false, proseDensity: 0.25)

    static let chinese = Language(
        code: "zh", words: Set("的了是在和有这也就都而及与着或被把对从但向之其为以于上中不们到说个地得很还要会".map(String.init)),
        isCharacterBased: true, proseDensity: 0.12)

    static let japanese = Language(code: "ja", words: Set("のにはをたがでてとしれさあいうかもなるするいるからことこれそれよりまでだけ".map(String.init)), isCharacterBased: true, proseDensity: 0.15)

    static let korean = Language(code: "ko", words: words("""
        이 그 저 것 수 등 및 더 또 또는 그리고 하지만 그러나 있다 있는 있습니다 없다 하는 했다 한다 합니다 \
        위해 대한 대해 통해 따라 함께 이번 지난 가장 모든 어떤 우리 그는 그녀는 이는 것이다 것은 것을 \
        수도 때문에 에서 으로 에게 까지 부터 했다고 밝혔다 말했다
        """), isCharacterBased: false, proseDensity: 0.10)

    static let all = [english, german, french, spanish, portuguese, italian, dutch, russian, polish, chinese, japanese, korean]

    /// The list for a BCP 47 tag's primary language, if known.
    static func language(for tag: String?) -> Language? {
        guard let tag else { return nil }
        let primary = tag.lowercased().split(whereSeparator: { $0 == "-" || $0 == "_" }).first.map(String.init) ?? ""
        // A switch rather than a search of ``all``, so that only the page's list is built.
        switch primary {
        case "en": return english
        case "de": return german
        case "fr": return french
        case "es": return spanish
        case "pt": return portuguese
        case "it": return italian
        case "nl": return dutch
        case "ru": return russian
        case "pl": return polish
        case "zh": return chinese
        case "ja": return japanese
        case "ko": return korean
        default: return nil
        }
    }

    /// Counts stop words of `language` in `text`.
    static func count(in text: String, language: Language, letters: inout LetterFacts) -> Int {
        var hits = 0
        if language.isCharacterBased {
            for scalar in text.unicodeScalars where language.scalars.contains(scalar.value) { hits += 1 }
            return hits
        }
        // The set alone, so that the closure does not copy the whole language.
        let stopWords = language.packedWords
        forEachWord(in: text, letters: &letters) { word in
            if let word, stopWords.contains(word) { hits += 1 }
        }
        return hits
    }

    /// Calls `body` with each word of `text` (runs of letters and apostrophes), lower-cased and
    /// packed, or `nil` for a word too long to be a stop word. Scans UTF-8 bytes with an ASCII
    /// fast path; only letters outside ASCII are decoded and looked up.
    static func forEachWord(in text: String, letters: inout LetterFacts, _ body: (PackedWord?) -> Void) {
        var text = text
        text.withUTF8 { bytes in
            var word = PackedWord()
            var inWord = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                // A word of fewer than 16 ASCII letters followed by ASCII is read eight bytes a
                // step and packed whole; longer words, words that go on outside ASCII and the last
                // 16 bytes take the general path.
                if !inWord && isASCIIWordByte(byte), bytes.count - index > PackedWord.capacity, let base = bytes.baseAddress {
                    let low = ByteWord.load(UnsafeRawPointer(base), at: index)
                    var length = asciiWordLength(low)
                    var high: UInt64 = 0
                    if length == 8 {
                        high = ByteWord.load(UnsafeRawPointer(base), at: index + 8)
                        length += asciiWordLength(high)
                    }
                    if length < PackedWord.capacity && bytes[index + length] < 0x80 {
                        body(PackedWord(asciiWordLow: low, high: high, length: length))
                        // The ASCII byte that ended the word is no letter: it is passed over too.
                        index += length + 1
                        continue
                    }
                }
                var isWordScalar: Bool
                var length = 1
                var scalar = Unicode.Scalar(byte)
                if byte < 0x80 {
                    isWordScalar = isASCIIWordByte(byte)
                } else {
                    (scalar, length) = UTF8Sequence.scalar(in: bytes, at: index)
                    isWordScalar = scalar.value == 0x2019 || letters.isAlphabetic(scalar)
                }
                if isWordScalar {
                    inWord = true
                    if byte < 0x80 {
                        word.append(UTF8Decoding.lowercasedASCII(byte))
                    } else if letters.changesWhenLowercased(scalar) {
                        for unit in scalar.properties.lowercaseMapping.utf8 { word.append(unit) }
                    } else {
                        for offset in 0..<length { word.append(bytes[index + offset]) }
                    }
                } else if inWord {
                    body(word.isComplete ? word : nil)
                    word = PackedWord()
                    inWord = false
                }
                index += length
            }
            if inWord { body(word.isComplete ? word : nil) }
        }
    }

    /// How many of the eight bytes of `word` (little-endian), from the first, are ASCII letters
    /// or apostrophes (``isASCIIWordByte(_:)``).
    @inline(__always) static func asciiWordLength(_ word: UInt64) -> Int {
        // With the top bits cleared and 0x20 set, a letter lies at 0x61...0x7A; adding
        // 0x80 - 0x61 and 0x80 - 0x7B sets a byte's top bit from those bounds on, with no carry
        // into the next byte.
        let folded = (word & ~ByteWord.highs) | ByteWord.splat(0x20)
        let fromA = folded &+ ByteWord.splat(0x80 - 0x61)
        let pastZ = folded &+ ByteWord.splat(0x80 - 0x7B)
        let letters = fromA & ~pastZ & ~word & ByteWord.highs
        let others = ~(letters | ByteWord.equalBytes(word, 0x27)) & ByteWord.highs
        return others == 0 ? 8 : others.trailingZeroBitCount / 8
    }

    /// Whether `byte` is an ASCII letter or the apostrophe, which words are made of.
    @inline(__always) static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || byte == 0x27
    }

    /// The language whose stop words cover most of `sample` (blocks of a few thousand
    /// characters in all).
    static func detect(in sample: [String], letters letterFacts: inout LetterFacts) -> Language {
        var best = english
        var bestScore = -1.0
        var cjk = 0
        var kana = 0
        var hangul = 0
        var letters = 0
        for text in sample {
            for scalar in text.unicodeScalars {
                let value = scalar.value
                if value < 0x80 {
                    if (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) { letters += 1 }
                    continue
                }
                if (0x4E00...0x9FFF).contains(value) { cjk += 1 }
                if (0x3040...0x30FF).contains(value) { kana += 1 }
                if (0xAC00...0xD7A3).contains(value) { hangul += 1 }
                if letterFacts.isAlphabetic(scalar) { letters += 1 }
            }
        }
        if letters > 0 {
            if Double(kana) / Double(letters) > 0.1 { return japanese }
            if Double(hangul) / Double(letters) > 0.3 { return korean }
            if Double(cjk) / Double(letters) > 0.3 { return chinese }
        }
        var words: [PackedWord?] = []
        for text in sample { forEachWord(in: text, letters: &letterFacts) { words.append($0) } }
        guard !words.isEmpty else { return english }
        for language in all where !language.isCharacterBased && language.code != "ko" {
            var hits = 0
            for case let word? in words where language.packedWords.contains(word) { hits += 1 }
            let score = Double(hits) / Double(words.count)
            if score > bestScore {
                bestScore = score
                best = language
            }
        }
        return best
    }
}
