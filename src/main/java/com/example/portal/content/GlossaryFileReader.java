package com.example.portal.content;

import java.util.List;

import com.example.portal.glossary.GlossaryTermKind;
import com.example.portal.glossary.api.CreateGlossaryTermInput;

/** glossary.yaml: a list of glossary terms and metric definitions. */
final class GlossaryFileReader {

    private GlossaryFileReader() {
    }

    static List<ContentFile<CreateGlossaryTermInput>> read(SourceFile file, String yaml) {
        return file.items(yaml, item -> {
            item.allowOnly("slug", "term", "aliases", "definition", "kind", "formula", "ownerTeam", "discouraged");
            CreateGlossaryTermInput input = new CreateGlossaryTermInput();
            input.slug = item.text("slug", "slug");
            input.term = item.text("term", "term");
            input.aliases = item.texts("aliases", "aliases");
            input.definition = item.text("definition", "definition");
            input.kind = item.enumValue("kind", "kind", GlossaryTermKind.class);
            input.formula = item.text("formula", "formula");
            input.ownerTeam = item.text("ownerTeam", "ownerTeam");
            input.discouraged = item.bool("discouraged", "discouraged");
            return input;
        });
    }
}
