package com.example.portal.search.eval;

import java.util.Arrays;
import java.util.Optional;

/** How a judged query is phrased; figures are reported per kind because each kind fails for its own reasons. */
public enum QueryKind {
    /** Russian words and phrases in their base form. */
    RUSSIAN("russian"),
    /** Russian word forms other than the one in the text («колл-трекинга», «рефералку»). */
    INFLECTED("inflected"),
    ENGLISH("english"),
    /** Latin and Cyrillic in one query («интеграция с CRM»). */
    MIXED("mixed"),
    TYPO("typo"),
    /** Transliterations and jargon («лукэлайк», «MQL», «онбординг»). */
    ANGLICISM("anglicism"),
    /** Joined, split and hyphenated spellings of one compound («колл-трекинг», «коллтрекинг», «колл трекинг»). */
    HYPHEN("hyphen"),
    /** The client's situation in their own words («клиент теряет звонки кандидатов»). */
    JTBD("jtbd"),
    /** What clients object, as a rep types it («можно ли отключить колл-трекинг»). */
    OBJECTION("objection"),
    /** Metric definitions and measured results («как считается CAC»). */
    METRIC("metric"),
    /** Names with letters and digits or with dots («Яндекс360», «Контур.Диадок», «1С»). */
    BRAND("brand"),
    /** A loanword or brand typed in the other alphabet, or split differently («хабспот», «dashboard», «сейлз форс»). */
    TRANSLIT("translit"),
    /** A verb, noun or participle of the word the content uses («продлить» for «продление»). */
    RELATED("related"),
    /** Numbers as words where the content has digits, and the other way round («двадцать процентов»). */
    NUMBER("number");

    private final String key;

    QueryKind(String key) {
        this.key = key;
    }

    /** The name used in the judged-queries file and in printed tables. */
    public String key() {
        return key;
    }

    public static Optional<QueryKind> fromKey(String key) {
        return Arrays.stream(values()).filter(kind -> kind.key.equals(key)).findFirst();
    }
}
