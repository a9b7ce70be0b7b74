package com.example.portal.pitch;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

/**
 * What a rep knows about an account. Null means unknown, which is never read as a pass or a fail:
 * productsOwned null = we do not know what they have; an empty set = they have nothing.
 */
public record ClientProfile(Integer employees, String industry, Set<String> productsOwned, Map<String, BigDecimal> metrics) {
}
