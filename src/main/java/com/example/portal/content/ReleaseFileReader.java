package com.example.portal.content;

import java.util.List;

import com.example.portal.releases.Audience;
import com.example.portal.releases.api.CreateReleaseNoteInput;

/** releases.yaml: a list of release notes, each about one card. */
final class ReleaseFileReader {

    private ReleaseFileReader() {
    }

    static List<ContentFile<CreateReleaseNoteInput>> read(SourceFile file, String yaml) {
        return file.items(yaml, item -> {
            item.allowOnly("slug", "card", "date", "title", "text", "audiences", "rollout");
            CreateReleaseNoteInput input = new CreateReleaseNoteInput();
            input.slug = item.text("slug", "slug");
            input.cardSlug = item.text("card", "cardSlug");
            input.publishedOn = item.date("date", "publishedOn");
            input.title = item.text("title", "title");
            input.text = item.text("text", "text");
            input.audiences = item.enumValues("audiences", "audiences", Audience.class);
            input.rollout = item.mapping("rollout", "rollout", CardFileReader::rollout);
            return input;
        });
    }
}
