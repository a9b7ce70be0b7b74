package com.example.portal.content;

import java.util.List;

import com.example.portal.products.api.CreateProductInput;

/** products.yaml: a list of products. */
final class ProductFileReader {

    private ProductFileReader() {
    }

    static List<ContentFile<CreateProductInput>> read(SourceFile file, String yaml) {
        return file.items(yaml, item -> {
            item.allowOnly("slug", "name", "description");
            CreateProductInput input = new CreateProductInput();
            input.slug = item.text("slug", "slug");
            input.name = item.text("name", "name");
            input.description = item.text("description", "description");
            return input;
        });
    }
}
