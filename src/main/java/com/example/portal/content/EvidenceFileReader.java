package com.example.portal.content;

import java.util.List;

import com.example.portal.evidence.EvidenceKind;
import com.example.portal.evidence.api.AbTestInput;
import com.example.portal.evidence.api.CreateEvidenceInput;
import com.example.portal.evidence.api.PilotInput;
import com.example.portal.evidence.api.SurveyInput;

/** evidence.yaml: a list of tests and research, each about one card. */
final class EvidenceFileReader {

    private EvidenceFileReader() {
    }

    static List<ContentFile<CreateEvidenceInput>> read(SourceFile file, String yaml) {
        return file.items(yaml, item -> {
            item.allowOnly("slug", "card", "kind", "title", "date", "conclusion", "abTest", "survey", "pilot");
            CreateEvidenceInput input = new CreateEvidenceInput();
            input.slug = item.text("slug", "slug");
            input.cardSlug = item.text("card", "cardSlug");
            input.kind = item.enumValue("kind", "kind", EvidenceKind.class);
            input.title = item.text("title", "title");
            input.conductedOn = item.date("date", "conductedOn");
            input.conclusion = item.text("conclusion", "conclusion");
            input.abTest = item.mapping("abTest", "abTest", EvidenceFileReader::abTest);
            input.survey = item.mapping("survey", "survey", EvidenceFileReader::survey);
            input.pilot = item.mapping("pilot", "pilot", EvidenceFileReader::pilot);
            return input;
        });
    }

    private static AbTestInput abTest(YamlItem counts) {
        counts.allowOnly("controlUsers", "controlConversions", "variantUsers", "variantConversions");
        AbTestInput abTest = new AbTestInput();
        abTest.controlUsers = counts.integer("controlUsers", "controlUsers");
        abTest.controlConversions = counts.integer("controlConversions", "controlConversions");
        abTest.variantUsers = counts.integer("variantUsers", "variantUsers");
        abTest.variantConversions = counts.integer("variantConversions", "variantConversions");
        return abTest;
    }

    private static SurveyInput survey(YamlItem counts) {
        counts.allowOnly("respondents", "satisfied");
        SurveyInput survey = new SurveyInput();
        survey.respondents = counts.integer("respondents", "respondents");
        survey.satisfied = counts.integer("satisfied", "satisfied");
        return survey;
    }

    private static PilotInput pilot(YamlItem numbers) {
        numbers.allowOnly("metric", "before", "after", "participants");
        PilotInput pilot = new PilotInput();
        pilot.metric = numbers.text("metric", "metric");
        pilot.before = numbers.decimal("before", "before");
        pilot.after = numbers.decimal("after", "after");
        pilot.participants = numbers.integer("participants", "participants");
        if (pilot.before == null || pilot.after == null) {
            numbers.problem("before", "A pilot needs both \"before\" and \"after\" numbers.");
        }
        return pilot;
    }
}
