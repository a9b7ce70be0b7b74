package com.example.portal.pitch;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.example.portal.graphql.BadRequestException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads an uploaded account list (CSV with a header, or a JSON array). A bad row becomes a problem with its row
 * number and the rest are still read; a list that cannot be read at all is a client fault.
 */
public final class AccountListParser {

    public static final int MAX_ROWS = 5_000;
    static final List<String> CSV_COLUMNS = List.of("account", "employees", "industry", "products_owned");
    private static final Pattern METRIC = Pattern.compile("[a-z][a-z0-9_]*");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The rows read and the problems of the rows that could not be. */
    public record Parsed(List<AccountRow> rows, List<RowProblem> problems) {
    }

    private AccountListParser() {
    }

    public static Parsed csv(String text) {
        List<List<String>> records = CsvRecords.parse(text);
        if (records.isEmpty()) {
            throw new BadRequestException("The CSV is empty: it needs a header line such as \"account,employees,industry,"
                    + "products_owned,missed_call_share\".");
        }
        List<String> header = records.get(0).stream().map(h -> h.strip().toLowerCase(java.util.Locale.ROOT)).toList();
        if (!header.contains("account")) {
            throw new BadRequestException("The CSV header needs an \"account\" column; got " + header + ".");
        }
        for (String column : header) {
            if (!CSV_COLUMNS.contains(column) && !METRIC.matcher(column).matches()) {
                throw new BadRequestException("CSV column \"" + column + "\" is neither one of " + CSV_COLUMNS
                        + " nor a metric key in snake case.");
            }
        }
        limit(records.size() - 1);
        List<AccountRow> rows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> cells = records.get(i);
            int row = i + 1;
            if (cells.size() == 1 && cells.get(0).isBlank()) {
                continue;
            }
            if (cells.size() != header.size()) {
                problems.add(new RowProblem(row, null, "Expected " + header.size() + " cells as in the header, got " + cells.size() + "."));
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < header.size(); c++) {
                values.put(header.get(c), cells.get(c).strip());
            }
            RowReader reader = new RowReader(row, problems);
            String products = values.remove("products_owned");
            AccountRow account = new AccountRow(row, reader.account(values.remove("account")),
                    reader.employees(values.remove("employees")), reader.industry(values.remove("industry")),
                    products == null || products.isEmpty() ? null : productSlugs(products), reader.metrics(values));
            reader.addIfValid(account, rows);
        }
        return new Parsed(rows, problems);
    }

    public static Parsed json(String text) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new BadRequestException("The JSON cannot be read at line " + e.getLocation().getLineNr() + ": "
                    + e.getOriginalMessage());
        }
        if (root == null || !root.isArray()) {
            throw new BadRequestException("The JSON must be an array of accounts, e.g. [{\"account\": \"ООО Ромашка\", "
                    + "\"employees\": 800, \"industry\": \"retail\", \"productsOwned\": [\"vacancies\"], \"metrics\": "
                    + "{\"missed_call_share\": 35}}].");
        }
        limit(root.size());
        List<AccountRow> rows = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            JsonNode node = root.get(i);
            int row = i + 1;
            if (!node.isObject()) {
                problems.add(new RowProblem(row, null, "Each item must be an object with at least \"account\"."));
                continue;
            }
            RowReader reader = new RowReader(row, problems);
            List<String> unknownKeys = new ArrayList<>();
            node.fieldNames().forEachRemaining(key -> {
                if (!List.of("account", "employees", "industry", "productsOwned", "metrics").contains(key)) {
                    unknownKeys.add(key);
                }
            });
            unknownKeys.forEach(key -> problems.add(new RowProblem(row, key,
                    "Unknown key; allowed: account, employees, industry, productsOwned, metrics.")));
            List<String> owned = null;
            JsonNode products = node.get("productsOwned");
            if (products != null && !products.isNull()) {
                if (products.isArray()) {
                    owned = new ArrayList<>();
                    for (JsonNode slug : products) {
                        owned.add(slug.asText());
                    }
                } else {
                    problems.add(new RowProblem(row, "productsOwned", "Must be an array of product slugs."));
                }
            }
            Map<String, String> metrics = new LinkedHashMap<>();
            JsonNode metricNode = node.get("metrics");
            if (metricNode != null && !metricNode.isNull()) {
                if (metricNode.isObject()) {
                    metricNode.fields().forEachRemaining(e -> metrics.put(e.getKey(), e.getValue().asText()));
                } else {
                    problems.add(new RowProblem(row, "metrics", "Must be an object of metric keys to numbers."));
                }
            }
            AccountRow account = new AccountRow(row, reader.account(text(node, "account")), reader.employees(text(node, "employees")),
                    reader.industry(text(node, "industry")), owned, reader.metrics(metrics));
            if (unknownKeys.isEmpty()) {
                reader.addIfValid(account, rows);
            }
        }
        return new Parsed(rows, problems);
    }

    private static void limit(int rows) {
        if (rows > MAX_ROWS) {
            throw new BadRequestException("An account list holds at most " + MAX_ROWS + " accounts; this one has " + rows
                    + ". Split it into several uploads.");
        }
    }

    private static String text(JsonNode node, String key) {
        JsonNode value = node.get(key);
        return value == null || value.isNull() ? null : value.asText();
    }

    /** "vacancies; crm-integration", or "none" for a client who has no product. */
    private static List<String> productSlugs(String cell) {
        if (cell.equalsIgnoreCase("none")) {
            return List.of();
        }
        return Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Reads the cells of one row, recording a problem for each bad one. */
    private static final class RowReader {
        private final int row;
        private final List<RowProblem> problems;
        private boolean valid = true;

        RowReader(int row, List<RowProblem> problems) {
            this.row = row;
            this.problems = problems;
        }

        void addIfValid(AccountRow account, List<AccountRow> rows) {
            if (valid) {
                rows.add(account);
            }
        }

        String account(String value) {
            if (value == null || value.isBlank()) {
                problem("account", "Required: a name or id that identifies the account in the results.");
                return null;
            }
            return value.length() > 200 ? tooLong("account") : value;
        }

        Integer employees(String value) {
            if (value == null || value.isEmpty()) {
                return null;
            }
            try {
                int n = Integer.parseInt(value);
                if (n >= 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            problem("employees", "Must be a whole number, 0 or more; got \"" + value + "\".");
            return null;
        }

        String industry(String value) {
            if (value == null || value.isEmpty()) {
                return null;
            }
            if (!value.matches("[a-z][a-z0-9_-]*")) {
                problem("industry", "Must be an industry key such as \"retail\"; got \"" + value + "\".");
                return null;
            }
            return value;
        }

        Map<String, BigDecimal> metrics(Map<String, String> cells) {
            Map<String, BigDecimal> metrics = new LinkedHashMap<>();
            cells.forEach((key, value) -> {
                if (!METRIC.matcher(key).matches()) {
                    problem(key, "A metric key is snake case, e.g. \"missed_call_share\".");
                } else if (value != null && !value.isEmpty()) {
                    try {
                        metrics.put(key, new BigDecimal(value.replace(',', '.')));
                    } catch (NumberFormatException e) {
                        problem(key, "Must be a number; got \"" + value + "\".");
                    }
                }
            });
            return metrics;
        }

        private String tooLong(String column) {
            problem(column, "At most 200 characters.");
            return null;
        }

        private void problem(String column, String message) {
            valid = false;
            problems.add(new RowProblem(row, column, message));
        }
    }
}
