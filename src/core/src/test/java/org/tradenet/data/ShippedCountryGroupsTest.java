package org.tradenet.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The shipped {@code networks/groups.csv} against the member counts and dates its sources give
 * (checked 2026-12-07; see networks/README.md).
 */
class ShippedCountryGroupsTest {

    private final CountryGroups groups = CountryGroups.standard();

    @ParameterizedTest(name = "{0} has {1} current members")
    @CsvSource({
            "EU27, 27",   // since 2020-02-01
            "G7, 7",
            "G20, 19",    // the EU and the African Union are members but not countries
            "ASEAN, 11",  // Timor-Leste since 2025-10-26
            "OECD, 38",   // Costa Rica the 38th, 2021-05-25
            "BRICS, 10",  // Saudi Arabia invited, not confirmed
            "USMCA, 3",
            "RCEP, 14",   // Myanmar's entry into force disputed
            "MSP, 35",    // 15 countries and the EU27, expanded: 15 + 27 - 7 in both lists (FIN FRA DEU SWE ITA EST BEL)
    })
    void currentMemberCounts(String group, int count) {
        assertThat(groups.members(group).orElseThrow()).hasSize(count).doesNotHaveDuplicates();
    }

    @Test
    void everyMemberIsACountryOrAGroupAndEveryRowHasASource() {
        CountryRegistry registry = CountryRegistry.standard();
        for (String g : groups.names()) {
            for (CountryGroups.Membership m : groups.rows(g)) {
                assertThat(registry.byAlpha(m.member()).isPresent() || groups.contains(m.member()))
                        .as("%s member %s", g, m.member()).isTrue();
                assertThat(m.source()).as("%s member %s", g, m.member()).isNotBlank();
            }
        }
    }

    @Test
    void theMineralsSecurityPartnershipGrewByDatedSteps() {
        Map<String, Integer> countriesOn = Map.of(
                "2022-06-14", 10,   // launch: ten countries and the EU
                "2022-09-22", 11,   // Norway listed at the New York ministerial
                "2023-02-07", 12,   // Italy
                "2023-06-22", 13,   // India
                "2024-03-03", 14,   // Estonia
                "2025-11-18", 15);  // Belgium
        for (var e : countriesOn.entrySet()) {
            LocalDate day = LocalDate.parse(e.getKey());
            long countries = groups.rows("MSP").stream()
                    .filter(m -> m.covers(day) && !groups.contains(m.member())).count();
            assertThat((int) countries).as("MSP countries on %s", day).isEqualTo(e.getValue());
        }
        assertThat(groups.members("MSP", LocalDate.parse("2022-06-13")).orElseThrow()).isEmpty();
        assertThat(groups.members("MSP", LocalDate.parse("2023-03-01")).orElseThrow())
                .contains("ITA", "NOR", "AUT").doesNotContain("IND");
    }

    @Test
    void oecdFoundersJoinedOnTheConventionsEntryIntoForceUnlessTheyRatifiedLater() {
        LocalDate entry = LocalDate.parse("1961-09-30");
        List<String> onEntry = groups.members("OECD", entry).orElseThrow();
        assertThat(onEntry).hasSize(17).contains("USA", "CAN", "TUR").doesNotContain("ITA", "NLD", "LUX");
        assertThat(groups.members("OECD", LocalDate.parse("1961-12-31")).orElseThrow()).hasSize(19);
        assertThat(groups.members("OECD", LocalDate.parse("1962-03-29")).orElseThrow()).hasSize(20);
    }
}
