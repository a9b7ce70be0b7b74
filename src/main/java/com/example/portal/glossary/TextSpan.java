package com.example.portal.glossary;

import java.util.List;

/** Where something stands in one of an object's text fields: the field's path and UTF-16 indexes into it. */
record TextSpan(List<String> field, int start, int end) {
}
