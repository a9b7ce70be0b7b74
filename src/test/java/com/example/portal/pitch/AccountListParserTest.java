package com.example.portal.pitch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.example.portal.graphql.BadRequestException;

class AccountListParserTest {

    @Test
    void readsCsvWithQuotesUnknownCellsAndMetricColumns() {
        AccountListParser.Parsed parsed = AccountListParser.csv("""
                account,employees,industry,products_owned,missed_call_share,open_vacancies
                "ООО ""Ромашка"", Казань",800,retail,vacancies; crm-integration,"35,5",45
                ИП Иванов,,,,,
                Новая компания,3,services,none,,1
                """);
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.rows()).hasSize(3);
        AccountRow first = parsed.rows().get(0);
        assertThat(first.row()).isEqualTo(2);
        assertThat(first.account()).isEqualTo("ООО \"Ромашка\", Казань");
        assertThat(first.employees()).isEqualTo(800);
        assertThat(first.productsOwned()).containsExactly("vacancies", "crm-integration");
        assertThat(first.metrics()).containsEntry("missed_call_share", new BigDecimal("35.5")).containsEntry("open_vacancies",
                new BigDecimal("45"));
        AccountRow unknown = parsed.rows().get(1);
        assertThat(unknown.employees()).isNull();
        assertThat(unknown.industry()).isNull();
        assertThat(unknown.productsOwned()).isNull();
        assertThat(unknown.metrics()).isEmpty();
        assertThat(parsed.rows().get(2).productsOwned()).isEmpty();
    }

    @Test
    void reportsBadRowsByNumberAndKeepsTheGoodOnes() {
        AccountListParser.Parsed parsed = AccountListParser.csv("""
                account,employees,industry,missed_call_share
                Хорошая,10,retail,25
                ,10,retail,25
                Плохой размер,много,retail,25
                Плохая метрика,10,Retail,высокая
                Лишняя ячейка,10,retail,25,7
                Тоже хорошая,20,,
                """);
        assertThat(parsed.rows()).extracting(AccountRow::account).containsExactly("Хорошая", "Тоже хорошая");
        assertThat(parsed.problems()).extracting(p -> p.row() + " " + p.column()).containsExactly(
                "3 account", "4 employees", "5 industry", "5 missed_call_share", "6 null");
    }

    @Test
    void refusesListsItCannotReadAtAll() {
        assertThatThrownBy(() -> AccountListParser.csv("")).isInstanceOf(BadRequestException.class);
        assertThatThrownBy(() -> AccountListParser.csv("name,employees\nА,1")).hasMessageContaining("\"account\" column");
        assertThatThrownBy(() -> AccountListParser.csv("account,Employees Count\nА,1")).hasMessageContaining("employees count");
        assertThatThrownBy(() -> AccountListParser.json("{\"account\": \"А\"}")).hasMessageContaining("array");
        assertThatThrownBy(() -> AccountListParser.json("[{\"account\": ")).hasMessageContaining("cannot be read");
    }

    @Test
    void enforcesTheSizeLimit() {
        StringBuilder csv = new StringBuilder("account,employees\n");
        for (int i = 0; i <= AccountListParser.MAX_ROWS; i++) {
            csv.append("Компания ").append(i).append(",10\n");
        }
        assertThatThrownBy(() -> AccountListParser.csv(csv.toString())).hasMessageContaining("at most 5000");
    }

    @Test
    void readsJsonAccounts() {
        AccountListParser.Parsed parsed = AccountListParser.json("""
                [
                  {"account": "ООО Ромашка", "employees": 800, "industry": "retail", "productsOwned": ["vacancies"],
                   "metrics": {"missed_call_share": 35}},
                  {"account": "Без данных"},
                  {"account": "С опечаткой", "employes": 5},
                  "не объект"
                ]""");
        assertThat(parsed.rows()).extracting(AccountRow::account).containsExactly("ООО Ромашка", "Без данных");
        assertThat(parsed.rows().get(0).metrics()).containsEntry("missed_call_share", new BigDecimal("35"));
        assertThat(parsed.rows().get(1).productsOwned()).isNull();
        assertThat(parsed.problems()).extracting(RowProblem::row).containsExactly(3, 4);
        assertThat(List.of(parsed.problems().get(0).column())).containsExactly("employes");
    }
}
