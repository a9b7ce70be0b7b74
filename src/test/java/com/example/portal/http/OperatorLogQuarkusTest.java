package com.example.portal.http;

import static com.example.portal.GraphQLClient.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import jakarta.inject.Inject;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.example.portal.GraphQLClient;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * What an operator reads: a client fault is one WARN line without a stack trace; a server fault is an ERROR with
 * the stack trace and an error id the client also gets. The records are captured from the real log.
 */
@QuarkusTest
class OperatorLogQuarkusTest {

    @Inject
    AgroalDataSource dataSource;

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    @BeforeEach
    void capture() {
        Logger.getLogger("").addHandler(capture);
    }

    @AfterEach
    void release() {
        Logger.getLogger("").removeHandler(capture);
    }

    private static String text(LogRecord record) {
        return record instanceof ExtLogRecord ext ? ext.getFormattedMessage() : record.getMessage();
    }

    private List<LogRecord> atLeast(Level level) {
        return records.stream().filter(r -> r.getLevel().intValue() >= level.intValue()).toList();
    }

    @Test
    void aBadArgumentIsOneWarnLineWithoutStack() {
        ADMIN.run("query { products(first: 1000) { totalCount } }");
        assertOneWarning("BAD_REQUEST at [products]: Argument 'first' must be between 0 and 100, got 1000.");
    }

    @Test
    void aRefusedRoleIsOneWarnLineWithoutStack() {
        GraphQLClient.as("sales.test", "sales").run("""
                mutation { createProduct(input: {slug: "log-refused", name: "X"}) { product { id } } }""");
        assertOneWarning("FORBIDDEN at [createProduct]: This needs the role pm; your roles: sales.");
    }

    @Test
    void aRefusedHttpRequestIsOneWarnLineWithoutStack() {
        ADMIN.request().contentType("text/plain").body("{}").post("/graphql").then().statusCode(415);
        assertOneWarning("POST /graphql -> 415 [Send the request as JSON with the header Content-Type: application/json.]");
    }

    private void assertOneWarning(String expected) {
        List<LogRecord> warnings = atLeast(Level.WARNING);
        assertThat(warnings).as(warnings.stream().map(OperatorLogQuarkusTest::text).toList().toString()).hasSize(1);
        assertThat(warnings.get(0).getLevel()).isEqualTo(org.jboss.logmanager.Level.WARN);
        assertThat(text(warnings.get(0))).contains(expected);
        assertThat(warnings.get(0).getThrown()).isNull();
    }

    @Test
    void aServerFaultIsAnErrorWithStackAndTheIdTheClientGets() throws SQLException {
        execute("alter table product rename to product_log_test");
        JsonPath response;
        try {
            response = ADMIN.run("query { product(slug: \"x\") { id } }");
        } finally {
            execute("alter table product_log_test rename to product");
        }
        assertThat(response.getString("errors[0].message")).isEqualTo("System error");
        String errorId = response.getString("errors[0].extensions.errorId");
        assertThat(errorId).matches("[0-9a-f-]{36}");
        List<LogRecord> errors = atLeast(Level.SEVERE);
        assertThat(errors).as(errors.stream().map(OperatorLogQuarkusTest::text).toList().toString()).hasSize(1);
        assertThat(text(errors.get(0))).contains("error id " + errorId).contains("[product]");
        assertThat(errors.get(0).getThrown()).isNotNull();
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
