package nl.werkbrug.pool.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The pool's anti-scraping quotas ({@code werkbrug.pool.quotas.*}), a policy of the region. The defaults follow issue
 * 15: 200 profile views per employer user per day (the number the customer named); the rest are sized so that a
 * consultant or employer working by hand never meets them (a busy consultant opens some tens of profiles a day,
 * Hengelo's caseload is about 1,500 files), while a scraper is stopped after a fraction of the region's pool.
 *
 * @param employerUserViewsPerDay   profile views per employer's user per day
 * @param employerViewsPerDay       profile views per employer organisation (all its users) per day
 * @param consultantViewsPerDay     profile views per consultant per day
 * @param municipalityViewsPerDay   profile views per municipality (all its consultants) per day
 * @param searchesPerDay            searches per user per day
 * @param viewsPerMinute            rate limit: profile views per user per minute (refilled evenly)
 * @param searchesPerMinute         rate limit: searches per user per minute (refilled evenly)
 */
@ConfigurationProperties("werkbrug.pool.quotas")
public record QuotaProperties(@DefaultValue("200") int employerUserViewsPerDay,
                              @DefaultValue("1000") int employerViewsPerDay,
                              @DefaultValue("500") int consultantViewsPerDay,
                              @DefaultValue("3000") int municipalityViewsPerDay,
                              @DefaultValue("300") int searchesPerDay,
                              @DefaultValue("30") int viewsPerMinute,
                              @DefaultValue("20") int searchesPerMinute) {
}
