package com.example.portal.content;

import java.time.ZoneOffset;

import com.example.portal.cards.CardStatus;
import com.example.portal.shared.FunnelStage;
import com.example.portal.cards.ImportedCard;
import com.example.portal.cards.api.JobStoryInput;
import com.example.portal.cards.api.ObjectionInput;
import com.example.portal.cards.api.RolloutFactsInput;

/** cards/<slug>.md: YAML front matter between "---" lines, then the body in Markdown. */
final class CardFileReader {

    private static final String FENCE = "---";

    private CardFileReader() {
    }

    static ContentFile<ImportedCard> read(SourceFile file, String slug, String text) {
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        int end = -1;
        if (lines.length > 0 && lines[0].strip().equals(FENCE)) {
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].strip().equals(FENCE)) {
                    end = i;
                    break;
                }
            }
        }
        if (end < 0) {
            file.problem(1, "A card file starts with a line \"---\", then the front matter (YAML), then a line \"---\", "
                    + "then the body.");
            return null;
        }
        String frontMatter = String.join("\n", java.util.Arrays.asList(lines).subList(1, end));
        String body = String.join("\n", java.util.Arrays.asList(lines).subList(end + 1, lines.length)).strip();
        SourceFile yaml = file.withLineOffset(1);
        var root = yaml.parse(frontMatter);
        if (root == null) {
            return null;
        }
        YamlItem item = YamlItem.of(yaml, root);
        item.allowOnly("title", "product", "status", "owner", "summary", "funnelStages", "tags", "segments", "antiSegments",
                "glossaryTerms", "jobs", "talkingPoints", "objections", "rollout", "lastVerified", "verifyEveryDays");
        ImportedCard input = new ImportedCard();
        input.slug = slug;
        input.title = item.text("title", "title");
        input.productSlug = item.text("product", "productSlug");
        input.status = item.enumValue("status", "status", CardStatus.class);
        input.owner = item.text("owner", "owner");
        input.summary = item.text("summary", "summary");
        input.body = body;
        input.funnelStages = item.enumValues("funnelStages", "funnelStages", FunnelStage.class);
        input.tags = item.texts("tags", "tags");
        input.targetSegmentSlugs = item.texts("segments", "targetSegmentSlugs");
        input.antiSegmentSlugs = item.texts("antiSegments", "antiSegmentSlugs");
        input.glossaryTermSlugs = item.texts("glossaryTerms", "glossaryTermSlugs");
        input.talkingPoints = item.texts("talkingPoints", "talkingPoints");
        input.jobs = item.items("jobs", "jobs", job -> {
            job.allowOnly("situation", "motivation", "outcome");
            JobStoryInput story = new JobStoryInput();
            story.situation = job.text("situation", "situation");
            story.motivation = job.text("motivation", "motivation");
            story.outcome = job.text("outcome", "outcome");
            return story;
        });
        input.objections = item.items("objections", "objections", objection -> {
            objection.allowOnly("objection", "answer");
            ObjectionInput answer = new ObjectionInput();
            answer.objection = objection.text("objection", "objection");
            answer.answer = objection.text("answer", "answer");
            return answer;
        });
        input.rollout = item.mapping("rollout", "rollout", CardFileReader::rollout);
        input.verifyEveryDays = item.integer("verifyEveryDays", "verifyEveryDays");
        var verified = item.date("lastVerified", "lastVerifiedAt");
        input.lastVerifiedAt = verified == null ? null : verified.atStartOfDay().atOffset(ZoneOffset.UTC);
        return new ContentFile<>(yaml, item, input);
    }

    /** The "rollout: { share, start, optOut }" mapping that cards and release notes share. */
    static RolloutFactsInput rollout(YamlItem rollout) {
        rollout.allowOnly("share", "start", "optOut");
        RolloutFactsInput input = new RolloutFactsInput();
        input.sharePercent = rollout.decimal("share", "sharePercent");
        input.startDate = rollout.date("start", "startDate");
        input.clientCanOptOut = rollout.bool("optOut", "clientCanOptOut");
        return input;
    }
}
