package com.example.portal.content;

import static com.example.portal.content.YamlNodes.block;
import static com.example.portal.content.YamlNodes.bool;
import static com.example.portal.content.YamlNodes.date;
import static com.example.portal.content.YamlNodes.flow;
import static com.example.portal.content.YamlNodes.items;
import static com.example.portal.content.YamlNodes.line;
import static com.example.portal.content.YamlNodes.names;
import static com.example.portal.content.YamlNodes.number;
import static com.example.portal.content.YamlNodes.prose;
import static com.example.portal.content.YamlNodes.text;
import static com.example.portal.content.YamlNodes.texts;

import java.time.ZoneOffset;
import java.util.List;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;

import com.example.portal.cards.ImportedCard;
import com.example.portal.cards.api.RolloutFactsInput;
import com.example.portal.evidence.api.CreateEvidenceInput;
import com.example.portal.glossary.GlossaryTermKind;
import com.example.portal.glossary.api.CreateGlossaryTermInput;
import com.example.portal.products.api.CreateProductInput;
import com.example.portal.releases.api.CreateReleaseNoteInput;
import com.example.portal.segments.api.CreateSegmentInput;
import com.example.portal.segments.api.SegmentCriteriaInput;

/**
 * The content files' text for what the database holds: the mirror of the *FileReader classes, key for key and in
 * their order (content/README.md). Optional keys without a value are left out, as a person writing the file would.
 */
final class ContentFileWriter {

    /** A card is checked every 90 days unless it says otherwise (the default of FeatureCardEntity). */
    private static final int DEFAULT_VERIFY_EVERY_DAYS = 90;

    private ContentFileWriter() {
    }

    static String products(List<CreateProductInput> products) {
        return YamlNodes.listFile(products.stream().map(p -> block()
                .put("slug", text(p.slug))
                .put("name", text(p.name))
                .put("description", prose(p.description))
                .node()).toList());
    }

    static String segments(List<CreateSegmentInput> segments) {
        return YamlNodes.listFile(segments.stream().map(s -> {
            SegmentCriteriaInput c = s.criteria;
            YamlNodes.Mapping size = flow().put("min", number(c.sizeMin)).put("max", number(c.sizeMax));
            return block()
                    .put("slug", text(s.slug))
                    .put("name", text(s.name))
                    .put("description", prose(s.description))
                    .put("size", size.isEmpty() ? null : size.node())
                    .put("industries", texts(c.industries))
                    .put("productsOwned", texts(c.productsOwned))
                    .put("productsNotOwned", texts(c.productsNotOwned))
                    .put("metrics", items(c.metricConditions.stream().<Node>map(m -> flow()
                            .put("metric", text(m.metric))
                            .put("operator", text(m.operator.symbol()))
                            .put("threshold", number(m.threshold))
                            .node()).toList()))
                    .node();
        }).toList());
    }

    static String glossary(List<CreateGlossaryTermInput> terms) {
        return YamlNodes.listFile(terms.stream().map(t -> block()
                .put("slug", text(t.slug))
                .put("term", text(t.term))
                .put("aliases", texts(t.aliases))
                .put("definition", prose(t.definition))
                .put("kind", text(t.kind.name()))
                .put("formula", t.kind == GlossaryTermKind.METRIC ? text(t.formula) : null)
                .put("ownerTeam", t.kind == GlossaryTermKind.METRIC ? text(t.ownerTeam) : null)
                .put("discouraged", Boolean.TRUE.equals(t.discouraged) ? bool(true) : null)
                .node()).toList());
    }

    static String evidence(List<CreateEvidenceInput> evidence) {
        return YamlNodes.listFile(evidence.stream().map(e -> block()
                .put("slug", text(e.slug))
                .put("card", text(e.cardSlug))
                .put("kind", text(e.kind.name()))
                .put("title", text(e.title))
                .put("date", date(e.conductedOn))
                .put("conclusion", prose(e.conclusion))
                .put("abTest", e.abTest == null ? null : flow()
                        .put("controlUsers", number(e.abTest.controlUsers))
                        .put("controlConversions", number(e.abTest.controlConversions))
                        .put("variantUsers", number(e.abTest.variantUsers))
                        .put("variantConversions", number(e.abTest.variantConversions)).node())
                .put("survey", e.survey == null ? null : flow()
                        .put("respondents", number(e.survey.respondents))
                        .put("satisfied", number(e.survey.satisfied)).node())
                .put("pilot", e.pilot == null ? null : flow()
                        .put("metric", text(e.pilot.metric))
                        .put("before", number(e.pilot.before))
                        .put("after", number(e.pilot.after))
                        .put("participants", number(e.pilot.participants)).node())
                .node()).toList());
    }

    static String releases(List<CreateReleaseNoteInput> notes) {
        return YamlNodes.listFile(notes.stream().map(n -> block()
                .put("slug", text(n.slug))
                .put("card", text(n.cardSlug))
                .put("date", date(n.publishedOn))
                .put("title", text(n.title))
                .put("text", prose(n.text))
                .put("audiences", names(n.audiences))
                .put("rollout", rollout(n.rollout))
                .node()).toList());
    }

    /**
     * cards/&lt;slug&gt;.md: the front matter between "---" lines, one line per value (as the sample cards are written),
     * then the body. Line ends become "\n", as the reader reads them.
     */
    static String card(ImportedCard c) {
        MappingNode front = block()
                .put("title", line(c.title))
                .put("product", line(c.productSlug))
                .put("status", text(c.status.name()))
                .put("owner", line(c.owner))
                .put("summary", line(c.summary))
                .put("funnelStages", names(c.funnelStages))
                .put("tags", lines(c.tags))
                .put("segments", texts(c.targetSegmentSlugs))
                .put("antiSegments", texts(c.antiSegmentSlugs))
                .put("glossaryTerms", texts(c.glossaryTermSlugs))
                .put("jobs", items(c.jobs.stream().<Node>map(j -> block()
                        .put("situation", line(j.situation))
                        .put("motivation", line(j.motivation))
                        .put("outcome", line(j.outcome)).node()).toList()))
                .put("talkingPoints", items(c.talkingPoints.stream().<Node>map(YamlNodes::line).toList()))
                .put("objections", items(c.objections.stream().<Node>map(o -> block()
                        .put("objection", line(o.objection))
                        .put("answer", line(o.answer)).node()).toList()))
                .put("rollout", rollout(c.rollout))
                .put("lastVerified", c.lastVerifiedAt == null ? null
                        : date(c.lastVerifiedAt.withOffsetSameInstant(ZoneOffset.UTC).toLocalDate()))
                .put("verifyEveryDays", c.verifyEveryDays == null || c.verifyEveryDays == DEFAULT_VERIFY_EVERY_DAYS ? null
                        : number(c.verifyEveryDays))
                .node();
        String body = c.body == null ? "" : c.body.replace("\r\n", "\n");
        return "---\n" + YamlNodes.dump(front, false) + "---\n" + (body.isEmpty() ? "" : body + "\n");
    }

    /** Tags on one line unless one holds a line break (then one per line, each double-quoted). */
    private static Node lines(List<String> values) {
        if (values == null || values.stream().noneMatch(v -> v.contains("\n") || v.contains("\r"))) {
            return texts(values);
        }
        return items(values.stream().<Node>map(YamlNodes::line).toList());
    }

    private static MappingNode rollout(RolloutFactsInput rollout) {
        return rollout == null ? null : flow()
                .put("share", number(rollout.sharePercent))
                .put("start", date(rollout.startDate))
                .put("optOut", bool(rollout.clientCanOptOut))
                .node();
    }
}
