package com.example.portal.pitch;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One metric value of a saved client profile. */
@Embeddable
public record SavedMetricValue(@Column(nullable = false) String metric, @Column(nullable = false) BigDecimal value) {
}
