package com.sponsorlink.campaigns.search;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Word search over a word index table (word, owner id): every searched word must start a word of
 * the owner's text. How the condition is shaped decides the speed on SQLite, so it is chosen per
 * query: a rare word drives the query from its index entries; when every word is common, the
 * query walks its results in page order and checks each row, stopping after a page of hits.
 */
public final class SearchWords {

    /** Enough for any real text; a pathological one cannot flood the index. */
    static final int MAX_WORDS = 300;

    /** Up to this many index entries, looking every owner up is cheaper than scanning in page order. */
    static final int RARE = 2_000;

    private SearchWords() {
    }

    /** The lower-case words of the texts, letters and digits only, each once. */
    public static Set<String> of(String... texts) {
        return Arrays.stream(texts)
            .filter(text -> text != null && !text.isBlank())
            .flatMap(text -> Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")))
            .filter(word -> !word.isEmpty())
            .limit(MAX_WORDS)
            .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /**
     * A condition on the owner id that holds when every word of the query starts one of the
     * owner's indexed words; no condition at all for an empty query.
     */
    public static Condition matchingAll(DSLContext db, String query, Field<String> ownerId, Table<?> index,
            Field<String> word, Field<String> indexedOwner) {
        List<String> words = List.copyOf(of(query));
        if (words.isEmpty()) {
            return DSL.noCondition();
        }
        Map<String, Integer> entries = words.stream()
            .collect(Collectors.toMap(w -> w, w -> entriesUpTo(db, index, startsWith(word, w), RARE + 1)));
        String rarest = words.stream().min(Comparator.comparing(entries::get)).orElseThrow();
        boolean rare = entries.get(rarest) <= RARE;
        Condition condition = DSL.noCondition();
        for (String w : words) {
            if (rare && w.equals(rarest)) {
                condition = condition.and(ownerId.in(DSL.select(indexedOwner).from(index).where(startsWith(word, w))));
            }
            else {
                condition = condition.and(DSL.exists(DSL.selectOne().from(index)
                    .where(indexedOwner.eq(ownerId)).and(startsWith(word, w))));
            }
        }
        return condition;
    }

    private static Condition startsWith(Field<String> word, String prefix) {
        return word.ge(prefix).and(word.lt(prefix + Character.MAX_VALUE));
    }

    private static int entriesUpTo(DSLContext db, Table<?> index, Condition condition, int limit) {
        return db.fetchCount(DSL.selectOne().from(index).where(condition).limit(limit));
    }
}
