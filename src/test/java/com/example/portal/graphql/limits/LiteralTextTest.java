package com.example.portal.graphql.limits;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** graphql-java's messages about literals of the wrong type, as the schema fuzz found them, shown without Java. */
class LiteralTextTest {

    @Test
    void aScalarIsShownAsWritten() {
        assertThat(LiteralText.shown("argument 'first' with value 'FloatValue{value=1.5}' is not a valid 'Int' - "
                + "Can not parse a integer from [FloatValue{value=1E+999999999}]"))
                .isEqualTo("argument 'first' with value '1.5' is not a valid 'Int' - Can not parse a integer from [1E+999999999]");
        assertThat(LiteralText.shown("argument 'orderBy.direction' with value 'EnumValue{name='asc'}' is not a valid 'OrderDirection'"))
                .isEqualTo("argument 'orderBy.direction' with value 'asc' is not a valid 'OrderDirection'");
        assertThat(LiteralText.shown("argument 'input.pilot.before' with value 'StringValue{value='NaN'}' is not a valid 'BigDecimal'"))
                .isEqualTo("argument 'input.pilot.before' with value '\"NaN\"' is not a valid 'BigDecimal'");
        assertThat(LiteralText.shown("argument 'id' with value 'NullValue{}' must not be null"))
                .isEqualTo("argument 'id' with value 'null' must not be null");
    }

    @Test
    void anObjectOrAStringThatLooksLikeANodeIsLeftOut() {
        assertThat(LiteralText.shown("Validation error (WrongType@[saveClientProfile]) : argument 'input.profile.metrics[0]' "
                + "with value 'ObjectValue{objectFields=[ObjectField{name='name', value=StringValue{value='a'}}, "
                + "ObjectField{name='metrics', value=ArrayValue{values=[ArrayValue{values=[]}]}}]}' must be an object type"))
                .isEqualTo("Validation error (WrongType@[saveClientProfile]) : argument 'input.profile.metrics[0]' "
                        + "with value '…' must be an object type");
        assertThat(LiteralText.shown("argument 'filter' with value 'StringValue{value='{\n  \"since\": \"2025-01-01\"\n}'}' "
                + "is not a valid 'Unknown Scalar Type [ReleaseNoteFilter]'"))
                .isEqualTo("argument 'filter' with value '…' is not a valid 'Unknown Scalar Type [ReleaseNoteFilter]'");
    }

    @Test
    void aMessageWithoutNodesIsUnchanged() {
        String message = "Variable 'first' has an invalid value: Expected a value that can be converted to type 'Int'";
        assertThat(LiteralText.shown(message)).isEqualTo(message);
    }
}
