package com.example.portal.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ServiceLoader;

import org.junit.jupiter.api.Test;

import com.example.portal.cards.api.FeatureCard;
import com.example.portal.search.SearchGraphQLApi;

import graphql.schema.DataFetchingEnvironmentImpl;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.bootstrap.DataFetcherFactory;
import io.smallrye.graphql.schema.model.Execute;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.OperationType;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.spi.DataFetcherService;

/**
 * Our data fetcher services are registered where SmallRye looks for them (META-INF/services) and chosen by it: plain
 * fields are read by {@link PlainFieldFetcher}, which reads what SmallRye's would, and plain operations get
 * {@link LeanOperationFetcher} rather than Quarkus' fetcher (which answers too, at priority 1). What the lean fetcher
 * does is covered by every API test (arguments, results, userErrors, BAD_REQUEST and server faults pass through it).
 */
@QuarkusTest
class FetcherServicesQuarkusTest {

    @Test
    void smallRyeFindsTheFetcherServiceAndItServesPlainFieldsOnly() {
        assertThat(ServiceLoader.load(DataFetcherService.class)).anySatisfy(s -> assertThat(s).isInstanceOf(PlainFieldFetchers.class));
        PlainFieldFetchers service = new PlainFieldFetchers();
        assertThat(service.getFieldDataFetcher(field(null, "title"), null, owner())).isInstanceOf(PlainFieldFetcher.class);
        assertThat(service.getOtherFieldDataFetcher(null, null)).as("operations stay SmallRye's").isNull();
    }

    @Test
    void smallRyeGivesPlainOperationsTheLeanFetcher() {
        assertThat(ServiceLoader.load(DataFetcherService.class)).anySatisfy(s -> assertThat(s).isInstanceOf(LeanOperationFetchers.class));
        Reference result = new Reference();
        result.setClassName(String.class.getName());
        result.setGraphQLClassName("String");
        Operation status = new Operation(SearchGraphQLApi.class.getName(), "searchIndexStatus", "searchIndexStatus",
                "searchIndexStatus", result, OperationType.QUERY, Execute.DEFAULT);
        assertThat(new DataFetcherFactory().<Object>getDataFetcher(status, null)).isInstanceOf(LeanOperationFetcher.class);
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
