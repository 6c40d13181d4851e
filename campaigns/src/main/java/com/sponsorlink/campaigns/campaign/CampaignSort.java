package com.sponsorlink.campaigns.campaign;

import static com.sponsorlink.campaigns.persistence.jooq.Tables.CAMPAIGNS_CAMPAIGNS;

import java.util.List;

import org.jooq.SortField;
import org.jooq.TableField;

import com.sponsorlink.campaigns.persistence.jooq.tables.records.CampaignsCampaignsRecord;

/**
 * The orders a sponsor may list their campaigns in; anything else falls back to newest first.
 */
public record CampaignSort(String by, String direction) {

    static final List<String> COLUMNS = List.of("created", "name", "start", "end", "budget");

    public CampaignSort {
        by = by != null && COLUMNS.contains(by) ? by : "created";
        direction = "asc".equals(direction) ? "asc" : "desc";
    }

    SortField<?>[] orderBy() {
        TableField<CampaignsCampaignsRecord, ?> column = switch (by) {
            case "name" -> CAMPAIGNS_CAMPAIGNS.NAME;
            case "start" -> CAMPAIGNS_CAMPAIGNS.START_DATE;
            case "end" -> CAMPAIGNS_CAMPAIGNS.END_DATE;
            case "budget" -> CAMPAIGNS_CAMPAIGNS.BUDGET_MINOR;
            default -> CAMPAIGNS_CAMPAIGNS.CREATED_AT;
        };
        return new SortField<?>[] { "asc".equals(direction) ? column.asc() : column.desc(), CAMPAIGNS_CAMPAIGNS.ID.asc() };
    }

    /** The direction a click on a column header asks for: the other one if already sorted by it. */
    public String nextDirection(String column) {
        return column.equals(by) && "asc".equals(direction) ? "desc" : "asc";
    }
}
