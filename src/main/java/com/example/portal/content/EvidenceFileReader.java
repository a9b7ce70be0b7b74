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
        return file.items(yaml).stream().map(item -> {
            item.allowOnly("slug", "card", "kind", "title", "date", "conclusion", "abTest", "survey", "pilot");
            CreateEvidenceInput input = new CreateEvidenceInput();
            input.slug = item.text("slug", "slug");
            input.cardSlug = item.text("card", "cardSlug");
            input.kind = item.enumValue("kind", "kind", EvidenceKind.class);
            input.title = item.text("title", "title");
            input.conductedOn = item.date("date", "conductedOn");
            input.conclusion = item.text("conclusion", "conclusion");
            YamlItem ab = item.mapping("abTest", "abTest");
            if (ab != null) {
                ab.allowOnly("controlUsers", "controlConversions", "variantUsers", "variantConversions");
                input.abTest = new AbTestInput();
                input.abTest.controlUsers = ab.integer("controlUsers", "controlUsers");
                input.abTest.controlConversions = ab.integer("controlConversions", "controlConversions");
                input.abTest.variantUsers = ab.integer("variantUsers", "variantUsers");
                input.abTest.variantConversions = ab.integer("variantConversions", "variantConversions");
            }
            YamlItem survey = item.mapping("survey", "survey");
            if (survey != null) {
                survey.allowOnly("respondents", "satisfied");
                input.survey = new SurveyInput();
                input.survey.respondents = survey.integer("respondents", "respondents");
                input.survey.satisfied = survey.integer("satisfied", "satisfied");
            }
            YamlItem pilot = item.mapping("pilot", "pilot");
            if (pilot != null) {
                pilot.allowOnly("metric", "before", "after", "participants");
                input.pilot = new PilotInput();
                input.pilot.metric = pilot.text("metric", "metric");
                input.pilot.before = pilot.decimal("before", "before");
                input.pilot.after = pilot.decimal("after", "after");
                input.pilot.participants = pilot.integer("participants", "participants");
                if (input.pilot.before == null || input.pilot.after == null) {
                    pilot.problem("before", "A pilot needs both \"before\" and \"after\" numbers.");
                }
            }
            return new ContentFile<>(file, item, input);
        }).toList();
    }
}
