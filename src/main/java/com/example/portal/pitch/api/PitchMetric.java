package com.example.portal.pitch.api;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A metric of the client a segment checks, as a form field.")
public class PitchMetric {

    @NonNull
    @Description("The key for `ClientMetricInput.metric`, e.g. \"monthly_responses\".")
    public String key;

    @NonNull
    @Description("The field's Russian label, e.g. «Откликов в месяц».")
    public String label;

    @NonNull
    @Description("Unit suffix of the value: \"%\" for shares, empty for counts.")
    public String unit;

    @NonNull
    @Description("The question to ask the client for it, e.g. «Сколько у вас откликов в месяц?».")
    public String question;

    @Description("The glossary's definition of the metric, when the glossary has one (a METRIC term with the key as slug or alias).")
    public String definition;
}
