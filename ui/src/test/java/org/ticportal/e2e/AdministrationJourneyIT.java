package org.ticportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The administration screens of issue 4 as users click them: the administrator adds a title level to Xinzhou's
 * catalog, which the applicant then finds in the application form; the working-day calendar lists the loaded years and
 * a year's holidays and make-up working days.
 */
class AdministrationJourneyIT extends BrowserJourney {

    @Test
    void anEntryAddedToACatalogIsOfferedOnTheApplicationForm() {
        login("admin", demoPassword());
        menu();
        driver.get(url("admin/catalogs"));
        chooseContaining("catalog-policy", "忻州");
        click(By.id("catalogs-tab-TITLE_LEVELS"));
        click(By.id("catalogs-add-TITLE_LEVELS"));
        type("catalogs-entry-code", "RESEARCH_FELLOW");
        type("catalogs-entry-nameZh", "特聘研究员");
        type("catalogs-entry-nameEn", "Research fellow");
        click(By.id("catalogs-entry-save"));
        wait.until(d -> gridCells().contains("RESEARCH_FELLOW"));
        screenshot("catalogs-admin");
        logout();

        login("applicant", demoPassword());
        menu();
        driver.get(url("applications"));
        click(By.id("application-new"));
        click(By.xpath("//vaadin-radio-button[contains(normalize-space(.), '忻州市')]"));
        click(By.id("application-create"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("application-form-version")));
        click(By.xpath("//vaadin-tab[normalize-space(.)='负责人与团队']"));
        WebElement input = wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector("#field-director-titleLevel input")));
        input.sendKeys("特聘");
        wait.until(d -> d.findElements(By.tagName("vaadin-combo-box-item")).stream().filter(WebElement::isDisplayed)
                .anyMatch(e -> e.getText().equals("特聘研究员")));
        screenshot("catalog-entry-on-form");
    }

    @Test
    void theCalendarShowsEachYearWithItsSourceAndSpecialDays() {
        login("bureau", demoPassword());
        menu();
        driver.get(url("admin/calendar"));
        wait.until(d -> gridCells().contains("2026"));
        click(By.xpath("//vaadin-grid[@id='calendar-years']//vaadin-grid-cell-content[normalize-space(.)='2026']"));
        wait.until(d -> gridCells().stream().anyMatch(c -> c.contains("国庆")));
        assertThat(gridCells()).anyMatch(c -> c.startsWith("2026年10月1日"));
        assertThat(driver.findElements(By.id("year-new"))).as("bureau staff read only").isEmpty();
        screenshot("calendar");
    }
}
