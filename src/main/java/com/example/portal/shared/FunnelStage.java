package com.example.portal.shared;

import org.eclipse.microprofile.graphql.Description;

@Description("Stage of the customer journey a feature serves.")
public enum FunnelStage {
    @Description("Привлечение: a prospect first learns about the product.")
    ACQUISITION,
    @Description("Регистрация: the prospect signs up.")
    REGISTRATION,
    @Description("Онбординг: a new client learns to get value from the product.")
    ONBOARDING,
    @Description("Продажа: a sales rep works with the client.")
    SALES,
    @Description("Оплата: the client pays.")
    PAYMENT,
    @Description("Удержание: the client keeps using and renews.")
    RETENTION
}
