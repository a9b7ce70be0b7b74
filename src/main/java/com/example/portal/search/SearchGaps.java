package com.example.portal.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.example.portal.search.api.SearchGap;

import io.agroal.api.AgroalDataSource;

/** Searches that found nothing, recorded so PMs can see what content is missing. */
@ApplicationScoped
public class SearchGaps {

    private static final Logger LOG = Logger.getLogger(SearchGaps.class);

    @Inject
    AgroalDataSource dataSource;

    void record(String query, String role) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("insert into search_gap (query, normalized, caller_role) values (?, ?, ?)")) {
            s.setString(1, query);
            s.setString(2, normalize(query));
            s.setString(3, role);
            s.executeUpdate();
        } catch (SQLException e) {
            LOG.warn("Recording a search gap failed", e); // losing a gap record must not fail the search
        }
    }

    public List<SearchGap> mostFrequent(int first) {
        String sql = """
                select normalized, count(*), max(searched_at) from search_gap
                group by normalized order by count(*) desc, max(searched_at) desc limit ?""";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setInt(1, first);
            List<SearchGap> gaps = new ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    gaps.add(new SearchGap(rs.getString(1), rs.getLong(2), rs.getObject(3, OffsetDateTime.class)));
                }
            }
            return gaps;
        } catch (SQLException e) {
            throw new IllegalStateException("Reading search gaps failed", e);
        }
    }

    static String normalize(String query) {
        return query.strip().toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("\\s+", " ");
    }
}
