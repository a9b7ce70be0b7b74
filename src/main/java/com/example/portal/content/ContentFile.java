package com.example.portal.content;

/** A content file's input for one object, with the YAML item it was read from (for line numbers). */
record ContentFile<I>(SourceFile file, YamlItem item, I input) {
}
