package com.example.portal.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;

import org.junit.jupiter.api.Test;

import com.example.portal.cards.api.FeatureCard;

import graphql.schema.DataFetchingEnvironmentImpl;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.spi.DataFetcherService;

/** Plain fields are read by our fetcher, registered where SmallRye looks for it, and read what SmallRye's would. */
@QuarkusTest
class PlainFieldFetcherQuarkusTest {

    @Test
    void smallRyeFindsTheFetcherServiceAndItServesPlainFieldsOnly() {
        assertThat(ServiceLoader.load(DataFetcherService.class)).anySatisfy(s -> assertThat(s).isInstanceOf(PlainFieldFetchers.class));
        PlainFieldFetchers service = new PlainFieldFetchers();
        assertThat(service.getFieldDataFetcher(field(null, "title"), null, owner())).isInstanceOf(PlainFieldFetcher.class);
        assertThat(service.getOtherFieldDataFetcher(null, null)).as("operations stay SmallRye's").isNull();
    }

    @Test
    void readsPublicFieldsAndGetters() throws Exception {
        FeatureCard card = new FeatureCard();
        card.dbId = 42;
        card.title = "Колл-трекинг";
        var env = DataFetchingEnvironmentImpl.newDataFetchingEnvironment().source(card).build();
        assertThat(new PlainFieldFetcher<>(field(null, "title"), owner()).get(env)).isEqualTo("Колл-трекинг");
        assertThat(new PlainFieldFetcher<>(field("getId", "id"), owner()).get(env)).isEqualTo(GlobalId.encode(FeatureCard.TYPE, 42));
    }

    private static Field field(String method, String property) {
        Reference type = new Reference();
        type.setClassName(String.class.getName());
        type.setGraphQLClassName(String.class.getName());
        Field field = new Field(method, property, property, type);
        field.setMethodName(method);
        return field;
    }

    private static Reference owner() {
        Reference owner = new Reference();
        owner.setClassName(FeatureCard.class.getName());
        return owner;
    }
}
