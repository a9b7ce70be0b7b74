package com.example.portal.pitch;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** One account of an uploaded list, as read; productsOwned null means the list does not say. */
public record AccountRow(int row, String account, Integer employees, String industry, List<String> productsOwned,
        Map<String, BigDecimal> metrics) {
}
