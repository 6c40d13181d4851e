package com.sponsorlink.campaigns.campaign;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Splits text into the lower-case words that campaign search matches by prefix.
 */
final class SearchWords {

    /** Enough for any real description; a pathological text cannot flood the index. */
    static final int MAX_WORDS = 300;

    private SearchWords() {
    }

    static Set<String> of(String... texts) {
        return Arrays.stream(texts)
            .filter(text -> text != null && !text.isBlank())
            .flatMap(text -> Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")))
            .filter(word -> !word.isEmpty())
            .limit(MAX_WORDS)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** The smallest string greater than every string that starts with the prefix. */
    static String afterAllStartingWith(String prefix) {
        return prefix + Character.MAX_VALUE;
    }
}
