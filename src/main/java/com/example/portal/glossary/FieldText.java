package com.example.portal.glossary;

import java.util.List;

/** One text field of an object to check against the glossary, with its path, e.g. ["objections", "0", "answer"]. */
public record FieldText(List<String> field, String text) {
}
