package com.example.portal.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.example.portal.cards.CardStatus;
import com.example.portal.cards.ImportedCard;
import com.example.portal.cards.api.JobStoryInput;
import com.example.portal.cards.api.ObjectionInput;
import com.example.portal.cards.api.RolloutFactsInput;
import com.example.portal.glossary.GlossaryTermKind;
import com.example.portal.glossary.api.CreateGlossaryTermInput;
import com.example.portal.products.api.CreateProductInput;
import com.example.portal.shared.FunnelStage;

/**
 * What the exporter writes, read back by the importer's own readers: texts that YAML could take for something else
 * (numbers, booleans, null, comments, indicators, a closing "---" inside a card) come back as the same text.
 * Plain JUnit: the database round trip is ContentExportRoundTripQuarkusTest.
 */
class ContentFileWriterTest {

    /** Texts a naive writer would break: each one is a value YAML would read differently if written plainly. */
    static final List<String> TRICKY = List.of("20", "12.50", "true", "no", "null", "~", "- item", "# not a comment",
            "key: value", "a #b", "'quoted'", "\"double\"", "[list]", "{map}", "> folded", "| literal", "*alias", "&anchor",
            "!tag", "%directive", "@at", "`tick`", "ends with colon:", "   leading spaces", "trailing spaces   ",
            "two\nlines", "---", "line\n---\nafter a fence", "tab\tinside", "windows\r\nline end", "emoji 🚀 и кириллица",
            "«ёлочки» — тире", "back\\slash", "a very long text that goes on " + "и дальше ".repeat(40),
            "long with\n\n  indented second paragraph " + "слово ".repeat(30), "ключ: значение с двоеточием");

    @Test
    void trickyProseAndNamesComeBackUnchanged() {
        List<CreateProductInput> products = new ArrayList<>();
        for (int i = 0; i < TRICKY.size(); i++) {
            CreateProductInput p = new CreateProductInput();
            p.slug = "p-" + i;
            p.name = TRICKY.get(i);
            p.description = TRICKY.get(TRICKY.size() - 1 - i);
            products.add(p);
        }
        String yaml = ContentFileWriter.products(products);
        List<ContentProblem> problems = new ArrayList<>();
        var read = ProductFileReader.read(new SourceFile("products.yaml", 0, problems), yaml);

        assertThat(problems).isEmpty();
        assertThat(read).hasSize(products.size());
        for (int i = 0; i < products.size(); i++) {
            assertThat(read.get(i).input().name).as("name %d in%n%s", i, yaml).isEqualTo(products.get(i).name);
            assertThat(read.get(i).input().description).as("description %d", i).isEqualTo(products.get(i).description);
        }
    }

    @Test
    void glossaryListsAndFlagsComeBackUnchanged() {
        CreateGlossaryTermInput term = new CreateGlossaryTermInput();
        term.slug = "tricky";
        term.term = "null";
        term.aliases = TRICKY.stream().filter(t -> !t.contains("\n") && !t.contains("\r")).toList();
        term.definition = "Определение: с двоеточием, # и кавычками \"так\".";
        term.kind = GlossaryTermKind.METRIC;
        term.formula = "A / B × 100%";
        term.ownerTeam = "yes";
        term.discouraged = true;
        List<ContentProblem> problems = new ArrayList<>();
        var read = GlossaryFileReader.read(new SourceFile("glossary.yaml", 0, problems), ContentFileWriter.glossary(List.of(term)))
                .get(0).input();

        assertThat(problems).isEmpty();
        assertThat(read).usingRecursiveComparison().isEqualTo(term);
    }

    @Test
    void aCardWithTrickyTextsReadsBackAsTheSameCard() {
        ImportedCard card = new ImportedCard();
        card.slug = "tricky-card";
        card.title = "--- не забор";
        card.productSlug = "vacancies";
        card.status = CardStatus.IN_REVIEW;
        card.owner = "Anna.Petrova";
        card.summary = "Сводка\n---\nс «забором» внутри: и двоеточием";
        card.body = "**Markdown** body\n\n---\n\nwith a horizontal rule, and a last line";
        card.funnelStages = List.of(FunnelStage.SALES, FunnelStage.ACQUISITION);
        card.tags = List.of("true", "20", "два\nстроки");
        card.targetSegmentSlugs = List.of("b-segment", "a-segment");
        card.antiSegmentSlugs = List.of("c-segment");
        card.glossaryTermSlugs = List.of("mql");
        JobStoryInput job = new JobStoryInput();
        job.situation = "Когда: ---";
        job.motivation = "- я хочу";
        job.outcome = "чтобы\n---";
        card.jobs = List.of(job);
        card.talkingPoints = TRICKY;
        ObjectionInput objection = new ObjectionInput();
        objection.objection = "Можно ли? # да";
        objection.answer = "null";
        card.objections = List.of(objection);
        card.rollout = new RolloutFactsInput();
        card.rollout.sharePercent = new BigDecimal("12.50");
        card.rollout.startDate = LocalDate.of(2026, 3, 1);
        card.rollout.clientCanOptOut = false;
        card.lastVerifiedAt = OffsetDateTime.of(2026, 11, 10, 0, 0, 0, 0, ZoneOffset.UTC);
        card.verifyEveryDays = 30;

        String file = ContentFileWriter.card(card);
        List<ContentProblem> problems = new ArrayList<>();
        var read = CardFileReader.read(new SourceFile("cards/tricky-card.md", 0, problems), "tricky-card", file);

        assertThat(problems).as(file).isEmpty();
        card.tags = List.of("true", "20", "два\nстроки");
        card.rollout.sharePercent = new BigDecimal("12.5");
        assertThat(read.input()).as(file).usingRecursiveComparison().isEqualTo(card);
        assertThat(ContentFileWriter.card(read.input())).isEqualTo(file);
    }

    @Test
    void theDefaultCheckIntervalIsLeftOut() {
        ImportedCard card = new ImportedCard();
        card.slug = "plain";
        card.title = "Карточка";
        card.productSlug = "vacancies";
        card.status = CardStatus.DRAFT;
        card.summary = "Коротко.";
        card.body = "";
        card.funnelStages = List.of();
        card.tags = List.of();
        card.targetSegmentSlugs = List.of();
        card.antiSegmentSlugs = List.of();
        card.glossaryTermSlugs = List.of();
        card.jobs = List.of();
        card.talkingPoints = List.of();
        card.objections = List.of();
        card.verifyEveryDays = 90;

        assertThat(ContentFileWriter.card(card)).isEqualTo("""
                ---
                title: Карточка
                product: vacancies
                status: DRAFT
                summary: Коротко.
                ---
                """);
    }
}
