package com.example.portal.cards;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * What a PM reads when someone saved the card after they opened it: who, when, and that their text is not lost
 * (the editor keeps it). Times are Moscow time, the portal's users' clock; the payload's card carries the exact
 * instant for a client in another zone.
 */
final class StaleCardMessage {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.forLanguageTag("ru"));

    private StaleCardMessage() {
    }

    static String of(String savedBy, OffsetDateTime savedAt, int stored, int sent) {
        return of(savedBy, savedAt, stored, sent, Clock.system(MOSCOW));
    }

    static String of(String savedBy, OffsetDateTime savedAt, int stored, int sent, Clock clock) {
        ZonedDateTime at = savedAt.atZoneSameInstant(MOSCOW);
        String when = (at.toLocalDate().equals(LocalDate.now(clock.withZone(MOSCOW))) ? "" : at.format(DAY) + " ")
                + "в " + at.format(TIME) + " (МСК)";
        String who = savedBy == null ? "Карточку сохранили " : "Карточку сохранил(а) " + savedBy + " ";
        return who + when + " — обновите страницу, ваш текст сохранится. (Версия карточки " + stored + ", вы правили версию "
                + sent + ".)";
    }
}
