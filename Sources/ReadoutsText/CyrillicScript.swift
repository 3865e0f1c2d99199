/// Which scalars are Cyrillic, for every part that asks: search's spellings of Cyrillic
/// letters (`CyrillicSpellings`), the initials that do not end a sentence ("В.В. Путин") and
/// the language of a topic's label on the page. Each had bounds of its own (the sentence
/// splitter stopped at U+04FF), so a letter of the Supplement ("Ԥ" of Abkhaz names, "Ԁ" of
/// Komi) was Cyrillic to search and to the page but not to the splitter.
///
/// The Cyrillic block (U+0400–U+04FF) and the Cyrillic Supplement (U+0500–U+052F): the
/// letters of Russian, Ukrainian, Belarusian, Bulgarian, Serbian and the languages of
/// Russia's republics and Central Asia. The Extended blocks (combining letters of Old Church
/// Slavonic, historic and phonetic letters) are not read as a modern text's letters.
public enum CyrillicScript {
    /// The code points `contains` is true of.
    public static let blocks: Range<UInt32> = 0x400..<0x530

    /// Whether `value` is in `blocks`. Inlinable, with literal bounds: search asks it of every
    /// non-ASCII scalar it folds.
    @inlinable public static func contains(_ value: UInt32) -> Bool { value &- 0x400 < 0x130 }

    @inlinable public static func contains(_ scalar: Unicode.Scalar) -> Bool { contains(scalar.value) }
}
